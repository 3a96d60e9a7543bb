import { Modal, type ModalProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/** A modal that fills the screen of a phone (unless `fullScreenOnPhone` is false), for forms with many inputs. */
export function FormModal({ fullScreenOnPhone = true, ...props }: ModalProps & { fullScreenOnPhone?: boolean }) {
  const phone = useMediaQuery('(max-width: 36em)');
  return <Modal {...props} fullScreen={fullScreenOnPhone && !!phone} />;
}
