import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { formatDate, parseVietnameseDate } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** True for an ISO calendar date `YYYY-MM-DD` (what a DateField reports for a good entry). */
export const isIsoDate = (value: string | null | undefined): value is string => !!value && ISO_DATE.test(value);

const toValue = (text: string): string | null => {
  const t = text.trim();
  if (t === '') return null;
  return parseVietnameseDate(t) ?? t;
};
const display = (value: string | null) => (value === null ? '' : isIsoDate(value) ? formatDate(value) : value);

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'error'> & {
  label: string;
  /** ISO `YYYY-MM-DD`, or the raw text while it is not a valid date, or null when empty. */
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
};

/**
 * A date typed the way officials write it, dd/mm/yyyy. Reports ISO dates; a
 * text that is not a date is passed through as is, so the server (or the
 * caller, with `isIsoDate`) can reject it with a message on the field.
 */
export function DateField({ value, onChange, error, label, ...rest }: Props) {
  const { tr } = useI18n();
  const [text, setText] = useState(() => display(value));
  const [seen, setSeen] = useState(value);
  const [touched, setTouched] = useState(false);
  if (value !== seen) {
    setSeen(value);
    if (toValue(text) !== value) setText(display(value));
  }
  const invalid = value !== null && !isIsoDate(value);
  return (
    <TextInput
      label={label}
      placeholder={tr('dd/mm/yyyy', 'dd/mm/yyyy')}
      autoComplete="off"
      value={text}
      onChange={(e) => {
        const t = e.currentTarget.value;
        setText(t);
        const v = toValue(t);
        setSeen(v);
        onChange(v);
      }}
      onBlur={() => {
        setTouched(true);
        if (isIsoDate(value)) setText(formatDate(value));
      }}
      error={error ?? (touched && invalid ? tr('Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.', 'Not a valid date; type dd/mm/yyyy.') : undefined)}
      {...rest}
    />
  );
}
