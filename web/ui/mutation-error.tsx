import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../lib/i18n.tsx';
import { ErrorAlert } from './page.tsx';

/** Someone else saved the record after it was opened (HTTP 409, reason STALE_VERSION). */
export const isStaleVersion = (error: unknown): error is ApiError => error instanceof ApiError && error.status === 409 && error.reason === 'STALE_VERSION';

/**
 * The error of a write. When someone else changed the record first, shows the
 * server's message with a button that loads the latest version (`onReload`;
 * the button spins until the promise it returns settles). Anything else, or
 * a stale version with no way to reload, is an ErrorAlert.
 */
export function MutationError({ error, onReload }: { error: unknown; onReload?: (() => unknown) | undefined }) {
  const { tr } = useI18n();
  const [reloading, setReloading] = useState(false);
  if (!error) return null;
  if (!isStaleVersion(error) || !onReload) return <ErrorAlert error={error} />;
  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={tr('Dữ liệu đã thay đổi', 'The record has changed')} role="alert" mb="md">
      <Text size="sm">{error.message}</Text>
      <Group mt="sm">
        <Button size="xs" variant="light" color="orange" leftSection={<IconRefresh size={14} />} loading={reloading} onClick={() => void reload()}>
          {tr('Tải lại dữ liệu mới nhất', 'Reload the latest data')}
        </Button>
      </Group>
    </Alert>
  );
}
