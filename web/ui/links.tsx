import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, ReactNode, Ref } from 'react';

type MantineAnchorProps = Omit<AnchorProps, 'href'> & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof AnchorProps> & { ref?: Ref<HTMLAnchorElement> };

function MantineAnchor(props: MantineAnchorProps) {
  return <Anchor {...props} />;
}

const Created = createLink(MantineAnchor);

/** A Mantine Anchor that is a typed router link (`to`, `params`, `search`), with client-side navigation. */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => <Created preload="intent" {...props} />;

type RecordLinkProps = AnchorProps & Pick<AnchorHTMLAttributes<HTMLAnchorElement>, 'title' | 'onClick'> & { id: string; children: ReactNode };

/** Links to one record's page, by id. */
export function UnitLink({ id, ...rest }: RecordLinkProps) {
  return <AnchorLink {...rest} to="/units/$id" params={{ id }} />;
}

export function PersonLink({ id, ...rest }: RecordLinkProps) {
  return <AnchorLink {...rest} to="/people/$id" params={{ id }} />;
}

export function GroupLink({ id, ...rest }: RecordLinkProps) {
  return <AnchorLink {...rest} to="/groups/$id" params={{ id }} />;
}

export function UserLink({ id, ...rest }: RecordLinkProps) {
  return <AnchorLink {...rest} to="/users/$id" params={{ id }} />;
}
