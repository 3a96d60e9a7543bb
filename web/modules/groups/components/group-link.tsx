import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

export function GroupLink({ id, children, ...rest }: AnchorProps & { id: string; children: ReactNode }) {
  return (
    <Anchor {...rest} renderRoot={(props) => <Link {...props} to="/groups/$id" params={{ id }} />}>
      {children}
    </Anchor>
  );
}
