import { Badge, Card, Group, NumberInput, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { GROUP_KIND_LABELS } from '../../../../shared/labels.ts';
import { GROUP_KINDS, type GroupKind } from '../../../../shared/units.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { GroupLink, UnitLink } from '../../../ui/links.tsx';
import { ListResults, Pager, SearchInput } from '../../../ui/list.tsx';
import { AddButton, ErrorAlert, PageHeader } from '../../../ui/page.tsx';
import { useCan } from '../../auth/auth.queries.ts';
import { GroupFormModal } from '../components/group-form-modal.tsx';
import { type GroupListItem, useGroupSearch } from '../groups.queries.ts';

const PAGE_SIZE = 20;

function KindBadge({ kind }: { kind: GroupKind }) {
  const { label } = useI18n();
  return (
    <Badge variant="light" color={kind === 'cluster' ? 'blue' : 'grape'} size="sm" tt="none">
      {label(GROUP_KIND_LABELS[kind])}
    </Badge>
  );
}

function GroupTable({ items }: { items: GroupListItem[] }) {
  const { tr, lang } = useI18n();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{tr('Tên cụm, khối', 'Name')}</Table.Th>
            <Table.Th>{tr('Phân loại', 'Kind')}</Table.Th>
            <Table.Th>{tr('Năm', 'Year')}</Table.Th>
            <Table.Th>{tr('Đơn vị chủ trì', 'Owner unit')}</Table.Th>
            <Table.Th ta="right">{tr('Thành viên', 'Members')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((g) => (
            <Table.Tr key={g.id}>
              <Table.Td>
                <GroupLink id={g.id} size="sm">
                  {g.name}
                </GroupLink>
              </Table.Td>
              <Table.Td>
                <KindBadge kind={g.kind} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{g.year ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                {g.ownerName ? (
                  <UnitLink id={g.ownerUnitId} size="sm">
                    {g.ownerName}
                  </UnitLink>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{formatNumber(g.memberCount, lang)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function GroupCards({ items }: { items: GroupListItem[] }) {
  const { tr, lang } = useI18n();
  return (
    <Stack gap="xs">
      {items.map((g) => (
        <Paper key={g.id} withBorder px="sm" py={8} radius="sm">
          <GroupLink id={g.id} fw={500} display="block">
            {g.name}
          </GroupLink>
          <Group gap={6} mt={4}>
            <KindBadge kind={g.kind} />
            {g.year && (
              <Badge variant="outline" color="gray" size="sm">
                {g.year}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {g.ownerName} · {tr(`${formatNumber(g.memberCount, lang)} đơn vị thành viên`, `${formatNumber(g.memberCount, lang)} members`)}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

export function GroupsPage() {
  const { tr, label, lang } = useI18n();
  const can = useCan();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const [creating, setCreating] = useState(false);
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [kind, setKind] = useState<GroupKind | 'all'>('all');
  const [year, setYear] = useState<number | string>('');
  const [page, setPage] = useState(1);
  const validYear = typeof year === 'number' && year >= 2000 && year <= 2100 ? year : undefined;
  const { data, error, isLoading, isFetching } = useGroupSearch({
    q: debouncedQ,
    kind: kind === 'all' ? undefined : kind,
    year: validYear,
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <Stack gap="md">
      <PageHeader
        title={tr('Cụm, khối thi đua', 'Emulation clusters and blocs')}
        subtitle={tr('Các cụm, khối thi đua do đơn vị trong phạm vi của bạn tổ chức.', 'Clusters and blocs run by units in your scope.')}
        actions={can('group.write') && <AddButton onClick={() => setCreating(true)}>{tr('Thêm cụm, khối', 'Add group')}</AddButton>}
      />
      <Card withBorder padding="sm">
        <Stack gap="sm">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <SearchInput
              label={tr('Tìm theo tên', 'Search by name')}
              placeholder={tr('Không cần gõ dấu', 'Accents optional')}
              fetching={isFetching}
              value={q}
              onChange={(v) => {
                setQ(v);
                setPage(1);
              }}
              style={{ flex: '1 1 220px' }}
            />
            <SegmentedControl
              aria-label={tr('Cụm hay khối', 'Cluster or bloc')}
              value={kind}
              onChange={(v) => {
                setKind(v as GroupKind | 'all');
                setPage(1);
              }}
              data={[{ value: 'all', label: tr('Tất cả', 'All') }, ...GROUP_KINDS.map((k) => ({ value: k, label: label(GROUP_KIND_LABELS[k]) }))]}
            />
            <NumberInput
              label={tr('Năm thi đua', 'Year')}
              placeholder={tr('Mọi năm', 'Any year')}
              value={year}
              onChange={(v) => {
                setYear(v);
                setPage(1);
              }}
              min={2000}
              max={2100}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator={false}
              w={130}
            />
          </Group>
          <ErrorAlert error={error} />
          <ListResults loading={isLoading} empty={data?.items.length === 0} emptyText={tr('Chưa có cụm, khối thi đua phù hợp.', 'No matching groups.')} compact>
            {data && (
              <>
                <Text size="sm" c="dimmed" aria-live="polite">
                  {tr(`${formatNumber(data.total, lang)} cụm, khối`, `${formatNumber(data.total, lang)} groups`)}
                </Text>
                {isPhone ? <GroupCards items={data.items} /> : <GroupTable items={data.items} />}
                <Pager total={data.total} pageSize={data.pageSize} page={page} onChange={setPage} center />
              </>
            )}
          </ListResults>
        </Stack>
      </Card>
      <GroupFormModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
