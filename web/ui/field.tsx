import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A label over a read-only value, for detail cards; an empty value reads "—". */
export function Field({ label, children }: { label: ReactNode; children?: ReactNode }) {
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" component="div">
        {label}
      </Text>
      <Text size="sm" component="div">
        {empty ? '—' : children}
      </Text>
    </Stack>
  );
}
