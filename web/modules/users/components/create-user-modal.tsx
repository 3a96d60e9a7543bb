import { Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { FormActions, useCheckedSubmit } from '../../../ui/form-actions.tsx';
import { FormModal } from '../../../ui/form-modal.tsx';
import { ErrorAlert, fieldError } from '../../../ui/page.tsx';
import { useInvalidateUsers } from '../users.queries.ts';
import { PasswordField } from './password-field.tsx';
import { checkUserForm, UserFields, type UserFormValues } from './user-fields.tsx';

export function CreateUserModal({ opened, onClose, unitId }: { opened: boolean; onClose: () => void; unitId: string | null }) {
  const { tr } = useI18n();
  return (
    <FormModal opened={opened} onClose={onClose} title={tr('Tạo tài khoản', 'Create an account')} size="lg">
      <CreateUserForm unitId={unitId} onCancel={onClose} />
    </FormModal>
  );
}

function CreateUserForm({ unitId, onCancel }: { unitId: string | null; onCancel: () => void }) {
  const { tr } = useI18n();
  const navigate = useNavigate();
  const invalidate = useInvalidateUsers();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [values, setValues] = useState<UserFormValues>({ displayName: '', unitId, role: null, personId: null, active: true });
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
  const { localErrors, submit } = useCheckedSubmit(() => checkUserForm(values, tr), () => mutation.mutate());
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
        <FormActions onCancel={onCancel} busy={mutation.isPending} />
      </Stack>
    </form>
  );
}
