import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { ApiError } from '../../../api/client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { ErrorAlert } from '../../../ui/page.tsx';

export const isStaleVersion = (error: unknown) => error instanceof ApiError && error.status === 409 && error.reason === 'STALE_VERSION';

/**
 * The error of a write. When someone else changed the record first (409),
 * shows the server's message and offers to reload the latest version.
 */
export function MutationError({ error, onReload, reloading }: { error: unknown; onReload?: () => void; reloading?: boolean }) {
  const { tr } = useI18n();
  if (!error) return null;
  if (!isStaleVersion(error) || !onReload) return <ErrorAlert error={error} />;
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={tr('Xung đột dữ liệu', 'Conflict')} role="alert" mb="md">
      <Text size="sm" mb="xs">
        {(error as ApiError).message}
      </Text>
      <Button size="xs" variant="light" color="orange" leftSection={<IconRefresh size={14} />} loading={reloading} onClick={onReload}>
        {tr('Tải lại dữ liệu mới nhất', 'Reload the latest version')}
      </Button>
    </Alert>
  );
}
