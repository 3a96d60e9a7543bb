import { ActionIcon, Badge, Box, Button, Card, CloseButton, Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconFilterOff } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { formatInstant, formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DateField, isIsoDate } from '../../../ui/date-field.tsx';
import { PersonLink, UnitLink, UserLink } from '../../../ui/links.tsx';
import { ListFooter, ListResults, ResultsTable } from '../../../ui/list.tsx';
import { ErrorAlert, NoAccess, PageHeader } from '../../../ui/page.tsx';
import { useUrlSearch } from '../../../ui/url-search.ts';
import { useCan } from '../../auth/auth.queries.ts';
import { UnitSelect } from '../../units/index.ts';
import { ACTION_COLORS, ACTION_LABELS, AUDIT_ACTIONS, AUDIT_ENTITIES, ENTITY_LABELS } from '../audit.labels.ts';
import { type AuditRow, useAudit, usePeopleExist } from '../audit.queries.ts';
import { AuditDiff } from '../components/audit-diff.tsx';

const PAGE_SIZE = 25;
const COLUMNS = 6;

/** The person a row is about: the person itself, or the holder of a position. */
const personOf = (r: AuditRow): string | null => {
  if (r.entity === 'person') return r.entityId;
  if (r.entity === 'position') {
    const id = (r.after ?? r.before)?.personId;
    return typeof id === 'string' ? id : null;
  }
  return null;
};

export function AuditPage() {
  const { tr, label, lang } = useI18n();
  const can = useCan();
  const search = useUrlSearch('/audit');
  const entity = search.get('entity');
  const entityId = search.get('entityId');
  const action = search.get('action');
  const unitId = search.get('unitId') ?? null;
  const fromParam = search.get('from');
  const toParam = search.get('to');
  const { page } = search;

  // Dates are typed as dd/mm/yyyy; the address keeps them only once they are real dates.
  const [from, setFrom] = useState<string | null>(fromParam ?? null);
  const [to, setTo] = useState<string | null>(toParam ?? null);
  const [expanded, setExpanded] = useState<Set<AuditRow['id']>>(new Set());

  const allowed = can('audit.read');
  const { data, error, isLoading, isFetching } = useAudit(
    { entity, entityId, action, unitId: unitId ?? undefined, from: isIsoDate(fromParam) ? fromParam : undefined, to: isIsoDate(toParam) ? toParam : undefined, page, pageSize: PAGE_SIZE },
    allowed,
  );
  const rows = data?.items ?? [];

  // Links to people only when they still exist: deleted on this page, or gone per the server.
  const deletedHere = new Set(rows.filter((r) => r.entity === 'person' && r.action === 'delete').map((r) => r.entityId));
  const peopleToCheck = [...new Set(rows.map(personOf).filter((id): id is string => !!id && !deletedHere.has(id)))];
  const peopleExist = usePeopleExist(can('person.read') ? peopleToCheck : []);

  const setDate = (key: 'from' | 'to', value: string | null) => {
    (key === 'from' ? setFrom : setTo)(value);
    if (value === null || isIsoDate(value)) void search.set({ [key]: value, page: undefined });
  };
  const toggle = (id: AuditRow['id']) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const filtered = !!(entity || entityId || action || unitId || fromParam || toParam);

  if (!allowed) return <NoAccess title={tr('Nhật ký thay đổi', 'Audit log')} message={tr('Bạn không có quyền xem nhật ký thay đổi.', 'You may not view the audit log.')} />;

  const summaryCell = (r: AuditRow) => {
    const text = r.summary ?? '—';
    if (r.entity === 'unit' && can('unit.read'))
      return (
        <UnitLink id={r.entityId} size="sm" onClick={(e) => e.stopPropagation()}>
          {text}
        </UnitLink>
      );
    const personId = personOf(r);
    if (personId && r.action !== 'delete' && !deletedHere.has(personId) && peopleExist.get(personId) === true)
      return (
        <PersonLink id={personId} size="sm" onClick={(e) => e.stopPropagation()}>
          {text}
        </PersonLink>
      );
    if (r.entity === 'user' && can('user.read'))
      return (
        <UserLink id={r.entityId} size="sm" onClick={(e) => e.stopPropagation()}>
          {text}
        </UserLink>
      );
    return <Text size="sm">{text}</Text>;
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={tr('Nhật ký thay đổi', 'Audit log')}
        subtitle={tr('Ai đã thay đổi gì, khi nào, trong phạm vi của bạn. Dữ liệu nhạy cảm được che (***).', 'Who changed what and when, within your scope. Sensitive data is masked (***).')}
      />

      <Card withBorder padding="sm">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm">
          <Select
            label={tr('Đối tượng', 'Record type')}
            placeholder={tr('Tất cả', 'All')}
            data={AUDIT_ENTITIES.map((e) => ({ value: e, label: label(ENTITY_LABELS[e]) }))}
            value={entity ?? null}
            onChange={(v) => void search.set({ entity: v, entityId: undefined, page: undefined })}
            clearable
          />
          <Select
            label={tr('Thao tác', 'Action')}
            placeholder={tr('Tất cả', 'All')}
            data={AUDIT_ACTIONS.map((a) => ({ value: a, label: label(ACTION_LABELS[a]) }))}
            value={action ?? null}
            onChange={(v) => void search.set({ action: v, page: undefined })}
            clearable
          />
          <UnitSelect label={tr('Đơn vị', 'Unit')} value={unitId} onChange={(id) => void search.set({ unitId: id, page: undefined })} />
          <DateField label={tr('Từ ngày', 'From')} value={from} onChange={(v) => setDate('from', v)} />
          <DateField label={tr('Đến ngày', 'To')} value={to} onChange={(v) => setDate('to', v)} />
        </SimpleGrid>
        {filtered && (
          <Group mt="sm" gap="xs">
            {entityId && (
              <Badge
                variant="light"
                size="lg"
                rightSection={<CloseButton size="xs" aria-label={tr('Bỏ lọc theo bản ghi', 'Clear the record filter')} onClick={() => void search.set({ entityId: undefined, page: undefined })} />}
              >
                {tr('Chỉ một bản ghi', 'One record only')}
              </Badge>
            )}
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconFilterOff size={14} />}
              onClick={() => {
                setFrom(null);
                setTo(null);
                void search.set({ entity: undefined, entityId: undefined, action: undefined, unitId: undefined, from: undefined, to: undefined, page: undefined });
              }}
            >
              {tr('Bỏ mọi bộ lọc', 'Clear all filters')}
            </Button>
          </Group>
        )}
      </Card>

      <ErrorAlert error={error} />

      <ListResults
        loading={isLoading}
        empty={!!data && rows.length === 0}
        emptyText={filtered ? tr('Không có thay đổi nào phù hợp bộ lọc.', 'No changes match the filters.') : tr('Chưa có thay đổi nào được ghi lại.', 'No changes recorded yet.')}
      >
        {data && (
          <ResultsTable minWidth={820} fetching={isFetching} striped={false} data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40} />
                <Table.Th>{tr('Thời gian', 'Time')}</Table.Th>
                <Table.Th>{tr('Người thực hiện', 'By')}</Table.Th>
                <Table.Th>{tr('Thao tác', 'Action')}</Table.Th>
                <Table.Th>{tr('Đối tượng', 'Record type')}</Table.Th>
                <Table.Th>{tr('Nội dung', 'Summary')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => {
                const open = expanded.has(r.id);
                return (
                  <Fragment key={r.id}>
                    <Table.Tr onClick={() => toggle(r.id)} style={{ cursor: 'pointer' }} data-expanded={open || undefined}>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="sm"
                          aria-expanded={open}
                          aria-label={open ? tr('Ẩn chi tiết thay đổi', 'Hide the change') : tr('Xem chi tiết thay đổi', 'Show the change')}
                          onClick={(e) => {
                            e.stopPropagation();
                            toggle(r.id);
                          }}
                        >
                          {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                        </ActionIcon>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(r.at)}</Table.Td>
                      <Table.Td>{r.actorName}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={ACTION_COLORS[r.action] ?? 'gray'}>
                          {ACTION_LABELS[r.action] ? label(ACTION_LABELS[r.action]) : r.action}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{ENTITY_LABELS[r.entity] ? label(ENTITY_LABELS[r.entity]) : r.entity}</Table.Td>
                      <Table.Td>{summaryCell(r)}</Table.Td>
                    </Table.Tr>
                    {open && (
                      <Table.Tr>
                        <Table.Td colSpan={COLUMNS} bg="var(--mantine-color-gray-light)">
                          {/* Stays in view while the wide table scrolls sideways on a phone. */}
                          <Box style={{ position: 'sticky', left: 'var(--mantine-spacing-xs)', maxWidth: 'calc(100vw - 64px)' }}>
                            <AuditDiff row={r} />
                          </Box>
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </ResultsTable>
        )}
      </ListResults>

      {data && (
        <ListFooter
          summary={tr(`Tổng số: ${formatNumber(data.total, lang)} thay đổi`, `${formatNumber(data.total, lang)} changes in total`)}
          total={data.total}
          pageSize={PAGE_SIZE}
          page={page}
          onChange={search.setPage}
        />
      )}
    </Stack>
  );
}
