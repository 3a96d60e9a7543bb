import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { api, ApiError, unwrap } from '../../../api/client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { LanguageSwitch } from '../../../ui/language-switch.tsx';
import { meQueryKey } from '../auth.queries.ts';

export function SignInPage() {
  const { tr } = useI18n();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.auth.login.$post({ json: { username, password } }));
      await qc.invalidateQueries({ queryKey: meQueryKey });
      await navigate({ to: '/' });
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'INTERNAL', String(err)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={400} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={2} c="red.8">
                  Dân vận số
                </Title>
                <Text size="sm" c="dimmed">
                  {tr('Quản lý công tác dân vận', 'Mass-mobilisation work management')}
                </Text>
              </div>
              <LanguageSwitch />
            </Group>
            {error && (
              <Alert color="red" role="alert">
                {error.message}
              </Alert>
            )}
            <TextInput
              label={tr('Tên đăng nhập', 'User name')}
              name="username"
              autoComplete="username"
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={error?.fields.username}
              required
              autoFocus
            />
            <PasswordInput
              label={tr('Mật khẩu', 'Password')}
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={error?.fields.password}
              required
            />
            <Button type="submit" loading={busy} color="red.8">
              {tr('Đăng nhập', 'Sign in')}
            </Button>
            <Text size="xs" c="dimmed">
              {tr('Quên mật khẩu? Liên hệ quản trị hệ thống của đơn vị.', 'Forgot your password? Ask your unit’s system admin.')}{' '}
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
