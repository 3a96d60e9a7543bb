import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type Props = Omit<AnchorProps, 'href'> & AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };

function MantineAnchor(props: Props) {
  return <Anchor {...props} />;
}

const Created = createLink(MantineAnchor);

/** A Mantine Anchor that is a typed router link (`to`, `params`, `search`). */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => <Created preload="intent" {...props} />;
