import { Alert, Badge, Button, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconHistory, IconKey } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { type Lang, ROLE_LABELS } from '../../../../shared/labels.ts';
import { api, unwrap } from '../../../api/client.ts';
import { formatInstant } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DetailPage, useRecordId } from '../../../ui/detail-page.tsx';
import { Field } from '../../../ui/field.tsx';
import { FormActions, useCheckedSubmit } from '../../../ui/form-actions.tsx';
import { FormModal } from '../../../ui/form-modal.tsx';
import { PersonLink, UnitLink } from '../../../ui/links.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { fieldError, PageHeader } from '../../../ui/page.tsx';
import { useCan, useMe } from '../../auth/auth.queries.ts';
import { usePersonName } from '../../people/index.ts';
import { PasswordField } from '../components/password-field.tsx';
import { checkUserForm, UserFields, type UserFormValues } from '../components/user-fields.tsx';
import { type UserDetail, useInvalidateUsers, useUser } from '../users.queries.ts';
import { UserStatus } from './users-page.tsx';

const LANG_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

export function UserDetailPage() {
  const { tr } = useI18n();
  const id = useRecordId();
  const query = useUser(id);
  return (
    <DetailPage
      id={id}
      query={query}
      notFound={{
        list: { to: '/users', label: tr('Tài khoản', 'Accounts'), back: tr('Về danh sách tài khoản', 'Back to accounts') },
        message: tr('Tài khoản này không tồn tại hoặc ngoài phạm vi của bạn.', 'This account does not exist or is outside your scope.'),
      }}
    >
      {(user, refetch) => <UserView user={user} refetch={refetch} />}
    </DetailPage>
  );
}

function UserView({ user, refetch }: { user: UserDetail; refetch: () => Promise<UserDetail | undefined> }) {
  const { tr, label } = useI18n();
  const can = useCan();
  const { data: me } = useMe();
  const person = usePersonName(user.personId);
  const [editing, setEditing] = useState(false);
  const [resetting, setResetting] = useState(false);
  const self = me?.id === user.id;

  return (
    <Stack gap="md">
      <PageHeader
        title={user.displayName}
        subtitle={
          <>
            <Text span ff="monospace" size="sm">
              {user.username}
            </Text>{' '}
            · {label(ROLE_LABELS[user.role])}
          </>
        }
        crumbs={[{ label: tr('Tài khoản', 'Accounts'), to: '/users' }, { label: user.username }]}
        actions={
          <>
            {can('audit.read') && (
              <Button component={Link} to="/audit" search={{ entity: 'user', entityId: user.id } as never} variant="subtle" leftSection={<IconHistory size={16} />}>
                {tr('Lịch sử thay đổi', 'History')}
              </Button>
            )}
            {can('user.write') && (
              <>
                <Button variant="light" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
                  {tr('Sửa', 'Edit')}
                </Button>
                <Button variant="light" color="orange" leftSection={<IconKey size={16} />} onClick={() => setResetting(true)}>
                  {tr('Đặt lại mật khẩu', 'Reset the password')}
                </Button>
              </>
            )}
          </>
        }
      />

      <Card withBorder>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          <Field label={tr('Tên đăng nhập', 'Username')}>
            <Text span ff="monospace" size="sm">
              {user.username}
            </Text>
          </Field>
          <Field label={tr('Tên hiển thị', 'Display name')}>{user.displayName}</Field>
          <Field label={tr('Đơn vị', 'Unit')}>
            <UnitLink id={user.unitId} size="sm">
              {user.unitName ?? tr('Đơn vị', 'Unit')}
            </UnitLink>
          </Field>
          <Field label={tr('Vai trò', 'Role')}>
            <Badge variant="light" color={user.role === 'admin' ? 'red' : 'gray'}>
              {label(ROLE_LABELS[user.role])}
            </Badge>
          </Field>
          <Field label={tr('Cán bộ gắn với tài khoản', 'Linked person')}>
            {user.personId ? (
              <PersonLink id={user.personId} size="sm">
                {person || tr('Xem cán bộ', 'View the person')}
              </PersonLink>
            ) : null}
          </Field>
          <Field label={tr('Trạng thái', 'Status')}>
            <UserStatus active={user.active} locked={user.locked} />
          </Field>
          <Field label={tr('Đăng nhập gần nhất', 'Last sign-in')}>{user.lastLoginAt ? formatInstant(user.lastLoginAt) : tr('Chưa đăng nhập', 'Never')}</Field>
          <Field label={tr('Ngôn ngữ giao diện', 'Interface language')}>{LANG_NAMES[user.language]}</Field>
          <Field label={tr('Ngày tạo', 'Created')}>{formatInstant(user.createdAt)}</Field>
          <Field label={tr('Cập nhật lần cuối', 'Last updated')}>{formatInstant(user.updatedAt)}</Field>
        </SimpleGrid>
        {user.locked && (
          <Alert color="orange" variant="light" mt="md">
            {tr(
              'Tài khoản đang tạm khóa do đăng nhập sai nhiều lần; sẽ tự mở sau ít phút. Đặt lại mật khẩu nếu người dùng quên mật khẩu.',
              'The account is temporarily locked after failed sign-ins and unlocks itself in a few minutes. Reset the password if the user forgot it.',
            )}
          </Alert>
        )}
      </Card>

      <FormModal opened={editing} onClose={() => setEditing(false)} title={tr('Sửa tài khoản', 'Edit the account')} size="lg">
        <EditUserForm user={user} self={self} refetch={refetch} onDone={() => setEditing(false)} />
      </FormModal>
      <FormModal opened={resetting} onClose={() => setResetting(false)} title={tr('Đặt lại mật khẩu', 'Reset the password')} size="md">
        <ResetPasswordForm user={user} self={self} refetch={refetch} onDone={() => setResetting(false)} />
      </FormModal>
    </Stack>
  );
}

const toForm = (u: UserDetail): UserFormValues => ({ displayName: u.displayName, unitId: u.unitId, role: u.role, personId: u.personId, active: u.active });

function EditUserForm({ user, self, refetch, onDone }: { user: UserDetail; self: boolean; refetch: () => Promise<UserDetail | undefined>; onDone: () => void }) {
  const { tr } = useI18n();
  const invalidate = useInvalidateUsers();
  const [values, setValues] = useState<UserFormValues>(() => toForm(user));
  const [version, setVersion] = useState(user.version);
  const accessChanges = values.role !== user.role || values.unitId !== user.unitId || (user.active && !values.active);
  const mutation = useMutation({
    mutationFn: () =>
      unwrap(
        api.users[':id'].$put({
          param: { id: user.id },
          json: { version, displayName: values.displayName, unitId: values.unitId ?? '', role: values.role ?? user.role, personId: values.personId, active: values.active },
        }),
      ),
    onSuccess: async (saved) => {
      await invalidate();
      notifications.show({ color: 'green', message: tr(`Đã lưu tài khoản ${saved.username}.`, `Account ${saved.username} saved.`) });
      onDone();
    },
  });
  const reload = async () => {
    const fresh = await refetch();
    if (fresh) {
      setValues(toForm(fresh));
      setVersion(fresh.version);
    }
    mutation.reset();
  };
  const { localErrors, submit } = useCheckedSubmit(() => checkUserForm(values, tr), () => mutation.mutate());
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <MutationError error={mutation.error} onReload={reload} />
        <UserFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} error={mutation.error} localErrors={localErrors} withActive self={self} />
        {accessChanges && (
          <Alert color="blue" variant="light">
            {tr(
              'Khi đổi vai trò, đơn vị hoặc ngừng hoạt động, mọi phiên đăng nhập của người dùng sẽ kết thúc; họ đăng nhập lại với quyền mới.',
              'Changing the role or unit, or disabling the account, ends all of the user’s sessions; they sign in again with the new rights.',
            )}
          </Alert>
        )}
        <FormActions onCancel={onDone} busy={mutation.isPending} />
      </Stack>
    </form>
  );
}

function ResetPasswordForm({ user, self, refetch, onDone }: { user: UserDetail; self: boolean; refetch: () => Promise<UserDetail | undefined>; onDone: () => void }) {
  const { tr } = useI18n();
  const invalidate = useInvalidateUsers();
  const [password, setPassword] = useState('');
  const [version, setVersion] = useState(user.version);
  const mutation = useMutation({
    mutationFn: () => unwrap(api.users[':id'].password.$post({ param: { id: user.id }, json: { version, password } })),
    onSuccess: async () => {
      await invalidate();
      notifications.show({
        color: 'green',
        message: tr(`Đã đặt lại mật khẩu cho ${user.username}; các phiên đăng nhập của tài khoản đã kết thúc.`, `Password of ${user.username} reset; the account’s sessions were ended.`),
      });
      onDone();
    },
  });
  const reload = async () => {
    const fresh = await refetch();
    if (fresh) setVersion(fresh.version);
    mutation.reset();
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate();
      }}
      noValidate
    >
      <Stack gap="sm">
        <MutationError error={mutation.error} onReload={reload} />
        <Text size="sm">
          {tr(
            `Đặt mật khẩu mới cho tài khoản ${user.username}. Mọi phiên đăng nhập hiện có của tài khoản này sẽ kết thúc ngay; người dùng phải đăng nhập lại bằng mật khẩu mới. Hãy trao mật khẩu trực tiếp cho người dùng.`,
            `Set a new password for ${user.username}. Every current session of this account ends at once; the user must sign in again with the new password. Hand the password to the user in person.`,
          )}
        </Text>
        {self && (
          <Alert color="orange" variant="light">
            {tr('Đây là tài khoản của bạn: bạn sẽ bị đăng xuất sau khi đặt lại. Nên dùng "Đổi mật khẩu" trong menu tài khoản.', 'This is your own account: you will be signed out. Prefer "Change password" in the account menu.')}
          </Alert>
        )}
        <PasswordField label={tr('Mật khẩu mới', 'New password')} value={password} onChange={setPassword} error={fieldError(mutation.error, 'password')} />
        <FormActions onCancel={onDone} busy={mutation.isPending} submitLabel={tr('Đặt lại mật khẩu', 'Reset the password')} color="orange" />
      </Stack>
    </form>
  );
}
