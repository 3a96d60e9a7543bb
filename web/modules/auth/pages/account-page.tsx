import { Alert, Button, Card, PasswordInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { api, ApiError, unwrap } from '../../../api/client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { ErrorAlert, fieldError, PageHeader } from '../../../ui/page.tsx';

export function AccountPage() {
  const { tr } = useI18n();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await unwrap(api.auth.password.$post({ json: { currentPassword, newPassword } }));
      setDone(true);
      setCurrent('');
      setNew('');
    } catch (err) {
      setError(err instanceof ApiError ? err : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={480}>
      <PageHeader title={tr('Đổi mật khẩu', 'Change password')} subtitle={tr('Các phiên đăng nhập khác sẽ bị đăng xuất.', 'Your other sessions will be signed out.')} />
      <Card withBorder>
        <form onSubmit={submit} noValidate>
          <Stack>
            <ErrorAlert error={error} />
            {done && <Alert color="green">{tr('Đã đổi mật khẩu.', 'Password changed.')}</Alert>}
            <PasswordInput label={tr('Mật khẩu hiện tại', 'Current password')} autoComplete="current-password" value={currentPassword} onChange={(e) => setCurrent(e.currentTarget.value)} error={fieldError(error, 'currentPassword')} required />
            <PasswordInput label={tr('Mật khẩu mới (ít nhất 10 ký tự)', 'New password (at least 10 characters)')} autoComplete="new-password" value={newPassword} onChange={(e) => setNew(e.currentTarget.value)} error={fieldError(error, 'newPassword')} required />
            <Button type="submit" loading={busy}>
              {tr('Đổi mật khẩu', 'Change password')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
