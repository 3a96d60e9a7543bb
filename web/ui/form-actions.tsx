import { Button, Group, type MantineColor, type MantineSpacing } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useI18n } from '../lib/i18n.tsx';

/**
 * The footer of a form or a confirmation: "Hủy" then the main action, at the
 * right. The main button submits the surrounding form ("Lưu" unless
 * `submitLabel` says otherwise), or runs `onConfirm` when given; it spins
 * while `busy`.
 */
export function FormActions({
  onCancel,
  busy = false,
  submitLabel,
  color,
  onConfirm,
  disabled,
  cancelLabel,
  cancelDisabled,
  mt = 'sm',
}: {
  onCancel: () => void;
  busy?: boolean;
  submitLabel?: ReactNode;
  color?: MantineColor;
  /** A button that acts by itself instead of submitting a form. */
  onConfirm?: () => void;
  disabled?: boolean;
  cancelLabel?: ReactNode;
  cancelDisabled?: boolean;
  mt?: MantineSpacing | 0;
}) {
  const { tr } = useI18n();
  return (
    <Group justify="flex-end" mt={mt}>
      <Button variant="default" onClick={onCancel} disabled={cancelDisabled}>
        {cancelLabel ?? tr('Hủy', 'Cancel')}
      </Button>
      <Button type={onConfirm ? 'button' : 'submit'} onClick={onConfirm} color={color} loading={busy} disabled={disabled}>
        {submitLabel ?? tr('Lưu', 'Save')}
      </Button>
    </Group>
  );
}

/**
 * Submitting a form after its client-side checks: `check` returns the errors
 * by field (shown on the inputs as `localErrors`); `run` goes only when there
 * are none.
 */
export function useCheckedSubmit(check: () => Record<string, string>, run: () => void) {
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = check();
    setLocalErrors(errors);
    if (Object.keys(errors).length === 0) run();
  };
  return { localErrors, submit };
}
