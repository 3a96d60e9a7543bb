import { ActionIcon, Alert, Button, Code, CopyButton, Group, PasswordInput, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconDice5 } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';

/** No look-alikes (0/O, 1/l/I) and only symbols easy to type on a phone. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789@#$%&*-_+=?';

/** `length` characters from crypto.getRandomValues, without modulo bias. */
export function randomPassword(length = 14): string {
  const limit = Math.floor(0x1_0000_0000 / ALPHABET.length) * ALPHABET.length;
  const buf = new Uint32Array(length * 2);
  const out: string[] = [];
  while (out.length < length) {
    crypto.getRandomValues(buf);
    for (const v of buf) {
      if (v < limit && out.length < length) out.push(ALPHABET[v % ALPHABET.length] ?? '');
    }
  }
  return out.join('');
}

/**
 * A new password, typed or generated. A generated one is shown once, here,
 * so the administrator can hand it over; it is never shown again.
 */
export function PasswordField({ label, value, onChange, error }: { label: string; value: string; onChange: (v: string) => void; error?: string | undefined }) {
  const { tr } = useI18n();
  const [generated, setGenerated] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <PasswordInput
          style={{ flex: 1 }}
          label={label}
          description={tr('Ít nhất 10 ký tự.', 'At least 10 characters.')}
          autoComplete="new-password"
          value={value}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange(v);
            if (v !== generated) setGenerated(null);
          }}
          error={error}
          required
        />
        <Button
          variant="light"
          leftSection={<IconDice5 size={16} />}
          onClick={() => {
            const p = randomPassword(14);
            setGenerated(p);
            onChange(p);
          }}
          mb={error ? 22 : 0}
        >
          {tr('Tạo ngẫu nhiên', 'Generate')}
        </Button>
      </Group>
      {generated && generated === value && (
        <Alert color="blue" variant="light" p="sm">
          <Group gap="xs" wrap="nowrap" justify="space-between">
            <Code fz="md" style={{ userSelect: 'all', wordBreak: 'break-all' }} data-testid="generated-password">
              {generated}
            </Code>
            <CopyButton value={generated}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? tr('Đã sao chép', 'Copied') : tr('Sao chép', 'Copy')} withArrow>
                  <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={tr('Sao chép mật khẩu', 'Copy the password')}>
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          <Text size="xs" c="dimmed" mt={6}>
            {tr(
              'Mật khẩu chỉ hiển thị một lần tại đây. Hãy sao chép và trao trực tiếp cho người dùng; nên đề nghị họ đổi mật khẩu sau lần đăng nhập đầu tiên.',
              'The password is shown only once, here. Copy it and hand it to the user in person; ask them to change it after their first sign-in.',
            )}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
