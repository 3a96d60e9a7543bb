import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { ApiError } from '../../../api/client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { ErrorAlert } from '../../../ui/page.tsx';

/** Someone else saved the record after it was opened (HTTP 409, reason STALE_VERSION). */
export const isStaleVersion = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 409 && (error.reason === 'STALE_VERSION' || error.code === 'CONFLICT');

/**
 * The error of a form's mutation. A stale-version conflict shows the server's
 * message with a button to load the latest data; anything else is an ErrorAlert.
 */
export function FormError({ error, onReload, reloading }: { error: unknown; onReload?: () => void; reloading?: boolean }) {
  const { tr } = useI18n();
  if (!error) return null;
  if (isStaleVersion(error) && onReload)
    return (
      <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={tr('Dữ liệu đã thay đổi', 'The record has changed')} role="alert" mb="md">
        <Text size="sm">{(error as ApiError).message}</Text>
        <Group mt="sm">
          <Button size="xs" variant="light" color="orange" leftSection={<IconRefresh size={14} />} onClick={onReload} loading={reloading}>
            {tr('Tải lại dữ liệu mới nhất', 'Reload the latest data')}
          </Button>
        </Group>
      </Alert>
    );
  // Field errors are shown on the inputs; the alert still lists them for screen readers.
  return <ErrorAlert error={error} />;
}
