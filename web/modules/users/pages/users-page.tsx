import { Badge, Button, Card, Center, Group, Loader, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { ROLES } from '../../../../shared/access.ts';
import { ROLE_LABELS } from '../../../../shared/labels.ts';
import { formatInstant, formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { ErrorAlert, PageHeader } from '../../../ui/page.tsx';
import { useCan } from '../../auth/auth.queries.ts';
import { AnchorLink, useUrlSearch } from '../../people/index.ts';
import { UnitSelect } from '../../units/index.ts';
import { CreateUserModal } from '../components/create-user-modal.tsx';
import { useUsers } from '../users.queries.ts';

const PAGE_SIZE = 20;

export function UsersPage() {
  const { tr, label, lang } = useI18n();
  const can = useCan();
  const search = useUrlSearch('/users');
  const q = search.get('q') ?? '';
  const unitId = search.get('unitId') ?? null;
  const roleParam = search.get('role');
  const role = ROLES.find((r) => r === roleParam);
  const page = Math.max(1, Number(search.get('page') ?? 1) || 1);
  const creating = search.get('new') === '1' && can('user.write');

  const [text, setText] = useState(q);
  const [seenQ, setSeenQ] = useState(q);
  const pushQ = useDebouncedCallback((value: string) => void search.set({ q: value.trim(), page: undefined }), 300);
  if (q !== seenQ) {
    setSeenQ(q);
    if (text.trim() !== q && !pushQ.isPending()) setText(q);
  }

  const allowed = can('user.read');
  const { data, error, isLoading, isFetching } = useUsers({ q, role, unitId: unitId ?? undefined, page, pageSize: PAGE_SIZE }, allowed);
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  if (!allowed)
    return (
      <Stack>
        <PageHeader title={tr('Tài khoản', 'Accounts')} />
        <Text c="dimmed">{tr('Bạn không có quyền xem tài khoản người dùng.', 'You may not view user accounts.')}</Text>
      </Stack>
    );

  return (
    <Stack gap="md">
      <PageHeader
        title={tr('Tài khoản', 'Accounts')}
        subtitle={tr('Tài khoản người dùng trong phạm vi của bạn.', 'User accounts within your scope.')}
        actions={
          can('user.write') && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => void search.set({ new: 1 })}>
              {tr('Tạo tài khoản', 'Create an account')}
            </Button>
          )
        }
      />

      <Card withBorder padding="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={tr('Tìm kiếm', 'Search')}
            placeholder={tr('Tên đăng nhập, tên hiển thị…', 'Username, display name…')}
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              pushQ(e.currentTarget.value);
            }}
            style={{ flex: '1 1 220px' }}
            type="search"
          />
          <Select
            label={tr('Vai trò', 'Role')}
            placeholder={tr('Tất cả vai trò', 'All roles')}
            data={ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }))}
            value={role ?? null}
            onChange={(r) => void search.set({ role: r, page: undefined })}
            clearable
            style={{ flex: '1 1 180px' }}
          />
          <div style={{ flex: '1 1 260px' }}>
            <UnitSelect label={tr('Đơn vị', 'Unit')} value={unitId} onChange={(id) => void search.set({ unitId: id, page: undefined })} />
          </div>
        </Group>
      </Card>

      <ErrorAlert error={error} />

      {isLoading ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : data && data.items.length === 0 ? (
        <Card withBorder>
          <Text c="dimmed" ta="center" py="md">
            {tr('Không có tài khoản nào phù hợp.', 'No matching accounts.')}
          </Text>
        </Card>
      ) : data ? (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={860} type="native">
            <Table striped highlightOnHover verticalSpacing="sm" style={{ opacity: isFetching ? 0.7 : 1 }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tr('Tên đăng nhập', 'Username')}</Table.Th>
                  <Table.Th>{tr('Tên hiển thị', 'Display name')}</Table.Th>
                  <Table.Th>{tr('Đơn vị', 'Unit')}</Table.Th>
                  <Table.Th>{tr('Vai trò', 'Role')}</Table.Th>
                  <Table.Th>{tr('Trạng thái', 'Status')}</Table.Th>
                  <Table.Th>{tr('Đăng nhập gần nhất', 'Last sign-in')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>
                      <AnchorLink to="/users/$id" params={{ id: u.id }} fw={500} ff="monospace" size="sm">
                        {u.username}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{u.displayName}</Table.Td>
                    <Table.Td>{u.unitName ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={u.role === 'admin' ? 'red' : 'gray'}>
                        {label(ROLE_LABELS[u.role])}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <UserStatus active={u.active} locked={u.locked} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={u.lastLoginAt ? undefined : 'dimmed'}>
                        {u.lastLoginAt ? formatInstant(u.lastLoginAt) : tr('Chưa đăng nhập', 'Never')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ) : null}

      {data && data.total > 0 && (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {tr(`Tổng số: ${formatNumber(data.total, lang)} tài khoản`, `${formatNumber(data.total, lang)} accounts in total`)}
          </Text>
          {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={(p) => void search.set({ page: p === 1 ? undefined : p })} size="sm" />}
        </Group>
      )}

      <CreateUserModal opened={creating} onClose={() => void search.set({ new: undefined })} unitId={unitId} />
    </Stack>
  );
}

/** Active or disabled, and temporarily locked after failed sign-ins. */
export function UserStatus({ active, locked }: { active: boolean; locked: boolean }) {
  const { tr } = useI18n();
  return (
    <Group gap={4} wrap="nowrap">
      {active ? (
        <Badge size="sm" variant="light" color="green">
          {tr('Hoạt động', 'Active')}
        </Badge>
      ) : (
        <Badge size="sm" variant="light" color="gray">
          {tr('Ngừng hoạt động', 'Disabled')}
        </Badge>
      )}
      {locked && (
        <Badge size="sm" variant="light" color="orange">
          {tr('Tạm khóa', 'Locked')}
        </Badge>
      )}
    </Group>
  );
}
