import { Alert, Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../lib/i18n.tsx';

export function PageHeader({ title, subtitle, actions, crumbs }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode; crumbs?: { label: string; to?: string }[] }) {
  return (
    <Stack gap={4} mb="md">
      {crumbs && crumbs.length > 0 && (
        <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
          {crumbs.map((c, i) =>
            c.to ? (
              <Anchor key={i} component={Link} to={c.to as never} size="sm">
                {c.label}
              </Anchor>
            ) : (
              <Text key={i} size="sm" c="dimmed">
                {c.label}
              </Text>
            ),
          )}
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div>
          <Title order={2}>{title}</Title>
          {subtitle && (
            <Text c="dimmed" size="sm">
              {subtitle}
            </Text>
          )}
        </div>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
    </Stack>
  );
}

/** Shows an API error; a 404 reads as "not found" whatever the cause (no leaks about other units). */
export function ErrorAlert({ error }: { error: unknown }) {
  const { tr } = useI18n();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error);
  const title =
    error instanceof ApiError && error.status === 404
      ? tr('Không tìm thấy', 'Not found')
      : error instanceof ApiError && error.status === 409
        ? tr('Xung đột dữ liệu', 'Conflict')
        : tr('Có lỗi', 'Error');
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={title} role="alert" mb="md">
      {message}
    </Alert>
  );
}

/** Field error from an ApiError, for a form input. */
export const fieldError = (error: unknown, field: string): string | undefined =>
  error instanceof ApiError ? error.fields[field] : undefined;
