import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../../api/client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { ErrorAlert, fieldError } from '../../../ui/page.tsx';
import { useInvalidateUsers } from '../users.queries.ts';
import { PasswordField } from './password-field.tsx';
import { checkUserForm, UserFields, type UserFormValues } from './user-fields.tsx';

export function CreateUserModal({ opened, onClose, unitId }: { opened: boolean; onClose: () => void; unitId: string | null }) {
  const { tr } = useI18n();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={opened} onClose={onClose} title={tr('Tạo tài khoản', 'Create an account')} size="lg" fullScreen={!!phone}>
      <CreateUserForm unitId={unitId} onCancel={onClose} />
    </Modal>
  );
}

function CreateUserForm({ unitId, onCancel }: { unitId: string | null; onCancel: () => void }) {
  const { tr } = useI18n();
  const navigate = useNavigate();
  const invalidate = useInvalidateUsers();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [values, setValues] = useState<UserFormValues>({ displayName: '', unitId, role: null, personId: null, active: true });
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: () =>
      unwrap(
        api.users.$post({
          json: { username, password, displayName: values.displayName, unitId: values.unitId ?? '', role: values.role ?? 'viewer', personId: values.personId },
        }),
      ),
    onSuccess: async (user) => {
      await invalidate();
      notifications.show({ color: 'green', message: tr(`Đã tạo tài khoản ${user.username}.`, `Account ${user.username} created.`) });
      void navigate({ to: '/users/$id', params: { id: user.id } });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = checkUserForm(values, tr);
    setLocalErrors(errors);
    if (Object.keys(errors).length === 0) mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} />
        <TextInput
          label={tr('Tên đăng nhập', 'Username')}
          description={tr('3–40 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới; ví dụ: nguyenvana.bdv', '3–40 letters without accents, digits, dot, hyphen or underscore; e.g. nguyenvana.bdv')}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          error={fieldError(mutation.error, 'username')}
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          data-autofocus
        />
        <UserFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} error={mutation.error} localErrors={localErrors} />
        <PasswordField label={tr('Mật khẩu ban đầu', 'Initial password')} value={password} onChange={setPassword} error={fieldError(mutation.error, 'password')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {tr('Hủy', 'Cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {tr('Lưu', 'Save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
