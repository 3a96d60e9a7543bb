import { Alert, Breadcrumbs, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../lib/i18n.tsx';
import { AnchorLink } from './links.tsx';

export function PageHeader({ title, subtitle, actions, crumbs }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode; crumbs?: { label: string; to?: string }[] }) {
  return (
    <Stack gap={4} mb="md">
      {crumbs && crumbs.length > 0 && (
        <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
          {crumbs.map((c, i) =>
            c.to ? (
              <AnchorLink key={i} to={c.to as never} size="sm">
                {c.label}
              </AnchorLink>
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

/** The "add" action of a list page's header. */
export function AddButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button leftSection={<IconPlus size={16} />} onClick={onClick}>
      {children}
    </Button>
  );
}

/** A page, or a part of one, still loading. */
export function PageLoader() {
  return (
    <Center py="xl">
      <Loader />
    </Center>
  );
}

/** A page the user's role may not see. */
export function NoAccess({ title, message }: { title: string; message: string }) {
  return (
    <Stack>
      <PageHeader title={title} />
      <Text c="dimmed">{message}</Text>
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

/** The error to show on each input of a form: the form's own checks first, then the server's. */
export const fieldErrors =
  (error: unknown, local: Record<string, string> = {}) =>
  (field: string): string | undefined =>
    local[field] ?? fieldError(error, field);
