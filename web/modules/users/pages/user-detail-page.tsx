import { Alert, Badge, Button, Card, Center, Group, Loader, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconHistory, IconKey } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useState } from 'react';
import { type Lang, ROLE_LABELS } from '../../../../shared/labels.ts';
import { api, ApiError, unwrap } from '../../../api/client.ts';
import { formatInstant } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { ErrorAlert, fieldError, PageHeader } from '../../../ui/page.tsx';
import { useCan, useMe } from '../../auth/auth.queries.ts';
import { AnchorLink, MutationError, usePersonName } from '../../people/index.ts';
import { PasswordField } from '../components/password-field.tsx';
import { checkUserForm, UserFields, type UserFormValues } from '../components/user-fields.tsx';
import { type UserDetail, useInvalidateUsers, useUser } from '../users.queries.ts';
import { UserStatus } from './users-page.tsx';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children === null || children === undefined || children === '' ? '—' : children}
      </Text>
    </Stack>
  );
}

const LANG_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

export function UserDetailPage() {
  const { tr } = useI18n();
  const { id } = useParams({ strict: false }) as { id?: string };
  const { data: user, error, isLoading, refetch } = useUser(id);

  if (isLoading)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  if (error instanceof ApiError && error.status === 404)
    return (
      <Stack>
        <PageHeader title={tr('Không tìm thấy', 'Not found')} crumbs={[{ label: tr('Tài khoản', 'Accounts'), to: '/users' }]} />
        <Text c="dimmed">{tr('Tài khoản này không tồn tại hoặc ngoài phạm vi của bạn.', 'This account does not exist or is outside your scope.')}</Text>
        <Group>
          <Button component={Link} to="/users" variant="light">
            {tr('Về danh sách tài khoản', 'Back to accounts')}
          </Button>
        </Group>
      </Stack>
    );
  if (!user) return <ErrorAlert error={error} />;
  return (
    <UserView
      user={user}
      refetch={async () => {
        const r = await refetch();
        return r.data;
      }}
    />
  );
}

function UserView({ user, refetch }: { user: UserDetail; refetch: () => Promise<UserDetail | undefined> }) {
  const { tr, label } = useI18n();
  const can = useCan();
  const { data: me } = useMe();
  const person = usePersonName(user.personId);
  const phone = useMediaQuery('(max-width: 36em)');
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
            <AnchorLink to="/units/$id" params={{ id: user.unitId }} size="sm">
              {user.unitName ?? tr('Đơn vị', 'Unit')}
            </AnchorLink>
          </Field>
          <Field label={tr('Vai trò', 'Role')}>
            <Badge variant="light" color={user.role === 'admin' ? 'red' : 'gray'}>
              {label(ROLE_LABELS[user.role])}
            </Badge>
          </Field>
          <Field label={tr('Cán bộ gắn với tài khoản', 'Linked person')}>
            {user.personId ? (
              <AnchorLink to="/people/$id" params={{ id: user.personId }} size="sm">
                {person || tr('Xem cán bộ', 'View the person')}
              </AnchorLink>
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

      <Modal opened={editing} onClose={() => setEditing(false)} title={tr('Sửa tài khoản', 'Edit the account')} size="lg" fullScreen={!!phone}>
        <EditUserForm user={user} self={self} refetch={refetch} onDone={() => setEditing(false)} />
      </Modal>
      <Modal opened={resetting} onClose={() => setResetting(false)} title={tr('Đặt lại mật khẩu', 'Reset the password')} size="md" fullScreen={!!phone}>
        <ResetPasswordForm user={user} self={self} refetch={refetch} onDone={() => setResetting(false)} />
      </Modal>
    </Stack>
  );
}

const toForm = (u: UserDetail): UserFormValues => ({ displayName: u.displayName, unitId: u.unitId, role: u.role, personId: u.personId, active: u.active });

function EditUserForm({ user, self, refetch, onDone }: { user: UserDetail; self: boolean; refetch: () => Promise<UserDetail | undefined>; onDone: () => void }) {
  const { tr } = useI18n();
  const invalidate = useInvalidateUsers();
  const [values, setValues] = useState<UserFormValues>(() => toForm(user));
  const [version, setVersion] = useState(user.version);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [reloading, setReloading] = useState(false);
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
    setReloading(true);
    try {
      const fresh = await refetch();
      if (fresh) {
        setValues(toForm(fresh));
        setVersion(fresh.version);
      }
      mutation.reset();
    } finally {
      setReloading(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = checkUserForm(values, tr);
    setLocalErrors(errors);
    if (Object.keys(errors).length === 0) mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <MutationError error={mutation.error} onReload={() => void reload()} reloading={reloading} />
        <UserFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} error={mutation.error} localErrors={localErrors} withActive self={self} />
        {accessChanges && (
          <Alert color="blue" variant="light">
            {tr(
              'Khi đổi vai trò, đơn vị hoặc ngừng hoạt động, mọi phiên đăng nhập của người dùng sẽ kết thúc; họ đăng nhập lại với quyền mới.',
              'Changing the role or unit, or disabling the account, ends all of the user’s sessions; they sign in again with the new rights.',
            )}
          </Alert>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
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

function ResetPasswordForm({ user, self, refetch, onDone }: { user: UserDetail; self: boolean; refetch: () => Promise<UserDetail | undefined>; onDone: () => void }) {
  const { tr } = useI18n();
  const invalidate = useInvalidateUsers();
  const [password, setPassword] = useState('');
  const [version, setVersion] = useState(user.version);
  const [reloading, setReloading] = useState(false);
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
    setReloading(true);
    try {
      const fresh = await refetch();
      if (fresh) setVersion(fresh.version);
      mutation.reset();
    } finally {
      setReloading(false);
    }
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
        <MutationError error={mutation.error} onReload={() => void reload()} reloading={reloading} />
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
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {tr('Hủy', 'Cancel')}
          </Button>
          <Button type="submit" color="orange" loading={mutation.isPending}>
            {tr('Đặt lại mật khẩu', 'Reset the password')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
