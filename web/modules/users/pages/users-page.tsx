import { Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import { ROLES } from '../../../../shared/access.ts';
import { ROLE_LABELS } from '../../../../shared/labels.ts';
import { formatInstant, formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { UserLink } from '../../../ui/links.tsx';
import { FilterBar, ListFooter, ListResults, ResultsTable, UrlSearchInput } from '../../../ui/list.tsx';
import { AddButton, ErrorAlert, NoAccess, PageHeader } from '../../../ui/page.tsx';
import { useUrlSearch } from '../../../ui/url-search.ts';
import { useCan } from '../../auth/auth.queries.ts';
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
  const { page } = search;
  const creating = search.get('new') === '1' && can('user.write');

  const allowed = can('user.read');
  const { data, error, isLoading, isFetching } = useUsers({ q, role, unitId: unitId ?? undefined, page, pageSize: PAGE_SIZE }, allowed);

  if (!allowed) return <NoAccess title={tr('Tài khoản', 'Accounts')} message={tr('Bạn không có quyền xem tài khoản người dùng.', 'You may not view user accounts.')} />;

  return (
    <Stack gap="md">
      <PageHeader
        title={tr('Tài khoản', 'Accounts')}
        subtitle={tr('Tài khoản người dùng trong phạm vi của bạn.', 'User accounts within your scope.')}
        actions={can('user.write') && <AddButton onClick={() => void search.set({ new: 1 })}>{tr('Tạo tài khoản', 'Create an account')}</AddButton>}
      />

      <FilterBar>
        <UrlSearchInput
          search={search}
          label={tr('Tìm kiếm', 'Search')}
          placeholder={tr('Tên đăng nhập, tên hiển thị…', 'Username, display name…')}
          style={{ flex: '1 1 220px' }}
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
      </FilterBar>

      <ErrorAlert error={error} />

      <ListResults loading={isLoading} empty={data?.items.length === 0} emptyText={tr('Không có tài khoản nào phù hợp.', 'No matching accounts.')}>
        {data && (
          <ResultsTable minWidth={860} fetching={isFetching}>
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
                    <UserLink id={u.id} fw={500} ff="monospace" size="sm">
                      {u.username}
                    </UserLink>
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
          </ResultsTable>
        )}
      </ListResults>

      {data && (
        <ListFooter
          summary={tr(`Tổng số: ${formatNumber(data.total, lang)} tài khoản`, `${formatNumber(data.total, lang)} accounts in total`)}
          total={data.total}
          pageSize={PAGE_SIZE}
          page={page}
          onChange={search.setPage}
        />
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
