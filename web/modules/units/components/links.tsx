import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

type Props = AnchorProps & { id: string; children: ReactNode; title?: string };

/** Mantine anchors rendered as router links (typed routes, client-side navigation). */
export function UnitLink({ id, children, ...rest }: Props) {
  return (
    <Anchor {...rest} renderRoot={(props) => <Link {...props} to="/units/$id" params={{ id }} />}>
      {children}
    </Anchor>
  );
}

export function PersonLink({ id, children, ...rest }: Props) {
  return (
    <Anchor {...rest} renderRoot={(props) => <Link {...props} to="/people/$id" params={{ id }} />}>
      {children}
    </Anchor>
  );
}
