import { Badge, Button, Card, Group, SegmentedControl, Select, SimpleGrid, Stack, Table, Tabs, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCalendar, IconFileSpreadsheet, IconList, IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { todayInVietnam } from '../../../../server/lib/dates.ts';
import { DOCUMENT_FIELDS, type DocumentField } from '../../../../shared/documents.ts';
import { DOCUMENT_FIELD_LABELS } from '../../../../shared/labels.ts';
import { DEADLINE_CLASS_LABELS, DEADLINE_CLASSES, type DeadlineClass, TASK_STATUS_LABELS, TASK_STATUSES, type TaskStatus } from '../../../../shared/tasks.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DateField, isIsoDate } from '../../../ui/date-field.tsx';
import { FilterBar, ListFooter, ListResults, ResultsTable, UrlSearchInput } from '../../../ui/list.tsx';
import { ErrorAlert, NoAccess, PageHeader } from '../../../ui/page.tsx';
import { type UrlSearch, useUrlSearch } from '../../../ui/url-search.ts';
import { useCan } from '../../auth/auth.queries.ts';
import { UnitSelect } from '../../units/index.ts';
import { TaskBulkProgress } from '../components/task-bulk-progress.tsx';
import { TaskCalendar } from '../components/task-calendar.tsx';
import { KeyStar, TaskCard, TaskLink, TaskTableHead, TaskTableRow } from '../components/task-bits.tsx';
import { type TaskInbox, type TaskView, taskListExportUrl, useTaskInbox, useTaskSearch } from '../tasks.queries.ts';

const PAGE_SIZE = 20;
const oneOf = <T extends string>(list: readonly T[], v: string | undefined): T | undefined => (v && (list as readonly string[]).includes(v) ? (v as T) : undefined);

type InboxKey = 'overdue' | 'dueSoon' | 'toVerify' | 'extensions';

function InboxPanel({ inbox }: { inbox: TaskInbox }) {
  const { tr } = useI18n();
  const [open, setOpen] = useState<InboxKey | null>(null);
  const groups: { key: InboxKey; label: string; color: string; items: { id: string; title: string; isKey: boolean; note: string }[] }[] = [
    { key: 'overdue', label: tr('Quá hạn', 'Overdue'), color: 'red', items: inbox.overdue.map((t) => ({ id: t.id, title: t.title, isKey: t.isKey, note: formatDate(t.dueDate) })) },
    { key: 'dueSoon', label: tr('Sắp đến hạn (7 ngày)', 'Due within 7 days'), color: 'orange', items: inbox.dueSoon.map((t) => ({ id: t.id, title: t.title, isKey: t.isKey, note: formatDate(t.dueDate) })) },
    { key: 'toVerify', label: tr('Chờ thẩm định', 'To verify'), color: 'violet', items: inbox.toVerify.map((t) => ({ id: t.id, title: t.title, isKey: t.isKey, note: formatDate(t.dueDate) })) },
    {
      key: 'extensions',
      label: tr('Đề nghị gia hạn', 'Extension requests'),
      color: 'yellow',
      items: inbox.extensions.map((x) => ({ id: x.task.id, title: x.task.title, isKey: x.task.isKey, note: `${formatDate(x.task.dueDate)} → ${formatDate(x.requestedDueDate)}` })),
    },
  ];
  const shown = groups.find((g) => g.key === open);
  return (
    <Card withBorder padding="sm" data-testid="task-inbox">
      <Text fw={600} mb="xs">
        {tr('Cần xử lý', 'Needs attention')}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {groups.map((g) => (
          <UnstyledButton
            key={g.key}
            onClick={() => setOpen(open === g.key ? null : g.key)}
            aria-pressed={open === g.key}
            style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, padding: 8, background: open === g.key ? 'var(--mantine-color-gray-0)' : undefined }}
          >
            <Text size="xl" fw={700} c={g.items.length ? `${g.color}.7` : 'dimmed'}>
              {g.items.length}
            </Text>
            <Text size="xs">{g.label}</Text>
          </UnstyledButton>
        ))}
      </SimpleGrid>
      {shown && (
        <Stack gap={4} mt="sm">
          {shown.items.length === 0 && (
            <Text size="sm" c="dimmed">
              {tr('Không có.', 'None.')}
            </Text>
          )}
          {shown.items.map((i, n) => (
            <Group key={`${i.id}-${n}`} gap={6} wrap="nowrap" justify="space-between">
              <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
                {i.isKey && <KeyStar />}
                <Text size="sm" truncate>
                  <TaskLink id={i.id}>{i.title}</TaskLink>
                </Text>
              </Group>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {i.note}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function DateFilter({ search, name, label }: { search: UrlSearch; name: string; label: string }) {
  const v = search.get(name) ?? null;
  return (
    <DateField
      label={label}
      value={v}
      onChange={(next) => {
        if (next === null || isIsoDate(next)) void search.set({ [name]: next ?? undefined, page: undefined });
      }}
      w={{ base: '100%', xs: 150 }}
    />
  );
}

export function TasksPage() {
  const { tr, label, lang } = useI18n();
  const can = useCan();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const search = useUrlSearch('/tasks');
  const today = todayInVietnam(new Date());
  const view = oneOf<TaskView>(['mine', 'unit', 'assigned', 'all'], search.get('view')) ?? 'all';
  const status = oneOf<TaskStatus>(TASK_STATUSES, search.get('status'));
  const deadlineClass = oneOf<DeadlineClass>(DEADLINE_CLASSES, search.get('deadlineClass'));
  const field = oneOf<DocumentField>(DOCUMENT_FIELDS, search.get('field'));
  const unitId = search.get('unitId');
  const dueFrom = search.get('dueFrom');
  const dueTo = search.get('dueTo');
  const asOf = search.get('asOf');
  const keyOnly = search.get('keyOnly') === 'true';
  const q = search.get('q') ?? '';
  const mode = search.get('mode') === 'calendar' ? 'calendar' : 'list';
  const month = /^\d{4}-\d{2}$/u.test(search.get('month') ?? '') ? (search.get('month') as string) : (dueFrom ?? today).slice(0, 7);
  const monthEnd = (() => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  })();

  const base = { view, status, deadlineClass, field, unitId, q, keyOnly, asOf };
  const list = useTaskSearch({ ...base, dueFrom, dueTo, page: search.page, pageSize: PAGE_SIZE }, mode === 'list');
  const cal = useTaskSearch(
    { ...base, dueFrom: dueFrom && dueFrom > `${month}-01` ? dueFrom : `${month}-01`, dueTo: dueTo && dueTo < monthEnd ? dueTo : monthEnd, page: 1, pageSize: 200 },
    mode === 'calendar',
  );
  const inbox = useTaskInbox();
  const [bulkMode, setBulkMode] = useState(false);
  const setFilter = (patch: Record<string, string | undefined>) => void search.set({ ...patch, page: undefined });
  const { data, error, isLoading, isFetching } = list;

  if (!can('task.read')) return <NoAccess title={tr('Nhiệm vụ', 'Tasks')} message={tr('Bạn không có quyền xem nhiệm vụ.', 'You may not see tasks.')} />;

  return (
    <Stack gap="md">
      <PageHeader title={tr('Nhiệm vụ', 'Tasks')} subtitle={tr('Nhiệm vụ được giao, theo dõi và thẩm định trong phạm vi của bạn.', 'Tasks given, tracked and verified in your scope.')} />
      {inbox.data && <InboxPanel inbox={inbox.data} />}
      <Tabs value={view} onChange={(v) => setFilter({ view: v === 'all' || !v ? undefined : v })} keepMounted={false}>
        <Tabs.List style={{ flexWrap: 'wrap' }}>
          <Tabs.Tab value="mine">{tr('Việc của tôi', 'My tasks')}</Tabs.Tab>
          <Tabs.Tab value="unit">{tr('Việc của đơn vị', 'My unit’s tasks')}</Tabs.Tab>
          <Tabs.Tab value="assigned">{tr('Việc tôi giao', 'Tasks I gave')}</Tabs.Tab>
          <Tabs.Tab value="all">{tr('Tất cả', 'All')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <FilterBar>
        <UrlSearchInput search={search} label={tr('Tìm nhiệm vụ', 'Find tasks')} placeholder={tr('Tên nhiệm vụ — không cần dấu', 'Task title — accents optional')} fetching={isFetching} style={{ flex: '1 1 240px' }} />
        <Select
          label={tr('Trạng thái', 'Status')}
          placeholder={tr('Tất cả', 'All')}
          data={TASK_STATUSES.map((s) => ({ value: s, label: label(TASK_STATUS_LABELS[s]) }))}
          value={status ?? null}
          onChange={(v) => setFilter({ status: v ?? undefined })}
          clearable
          w={{ base: '100%', xs: 190 }}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={tr('Tình trạng hạn', 'Deadline class')}
          placeholder={tr('Tất cả', 'All')}
          data={DEADLINE_CLASSES.map((c) => ({ value: c, label: label(DEADLINE_CLASS_LABELS[c]) }))}
          value={deadlineClass ?? null}
          onChange={(v) => setFilter({ deadlineClass: v ?? undefined })}
          clearable
          w={{ base: '100%', xs: 230 }}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={tr('Lĩnh vực', 'Field')}
          placeholder={tr('Tất cả', 'All')}
          data={DOCUMENT_FIELDS.map((f) => ({ value: f, label: label(DOCUMENT_FIELD_LABELS[f]) }))}
          value={field ?? null}
          onChange={(v) => setFilter({ field: v ?? undefined })}
          clearable
          w={{ base: '100%', xs: 200 }}
          comboboxProps={{ withinPortal: true }}
        />
        <div style={{ width: isPhone ? '100%' : 260 }}>
          <UnitSelect label={tr('Đơn vị chủ trì', 'Lead unit')} value={unitId ?? null} onChange={(v) => setFilter({ unitId: v ?? undefined })} placeholder={tr('Mọi đơn vị', 'Any unit')} />
        </div>
        <DateFilter search={search} name="dueFrom" label={tr('Hạn từ ngày', 'Due from')} />
        <DateFilter search={search} name="dueTo" label={tr('Đến ngày', 'Due to')} />
        {asOf && (
          <Badge variant="light" color="gray" size="lg" style={{ textTransform: 'none' }}>
            {tr(`Tính đến ${formatDate(asOf)}`, `As of ${formatDate(asOf)}`)}
          </Badge>
        )}
      </FilterBar>
      <Group justify="space-between">
        <SegmentedControl
          value={mode}
          onChange={(v) => void search.set({ mode: v === 'calendar' ? 'calendar' : undefined })}
          data={[
            {
              value: 'list',
              label: (
                <Group gap={4} wrap="nowrap">
                  <IconList size={14} />
                  {tr('Danh sách', 'List')}
                </Group>
              ),
            },
            {
              value: 'calendar',
              label: (
                <Group gap={4} wrap="nowrap">
                  <IconCalendar size={14} />
                  {tr('Lịch', 'Calendar')}
                </Group>
              ),
            },
          ]}
        />
        <Group gap="xs" wrap="wrap">
          {keyOnly && (
            <Badge color="yellow" variant="light" style={{ textTransform: 'none' }}>
              {tr('Nhiệm vụ trọng tâm', 'Key tasks')}
            </Badge>
          )}
          {mode === 'list' && can('task.report') && (
            <Button variant={bulkMode ? 'filled' : 'default'} leftSection={<IconListCheck size={16} />} onClick={() => setBulkMode(!bulkMode)} aria-pressed={bulkMode}>
              {tr('Cập nhật hàng loạt', 'Bulk update')}
            </Button>
          )}
          <Button
            component="a"
            href={taskListExportUrl({ ...base, dueFrom, dueTo })}
            download
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
          >
            {tr('Xuất Excel', 'Export to Excel')}
          </Button>
        </Group>
      </Group>

      <ErrorAlert error={mode === 'list' ? error : cal.error} />
      {mode === 'calendar' ? (
        <TaskCalendar month={month} onMonth={(m) => void search.set({ month: m })} tasks={cal.data?.items ?? []} today={today} />
      ) : (
        <>
          <ListResults loading={isLoading} empty={data?.items.length === 0} emptyText={tr('Không có nhiệm vụ nào phù hợp.', 'No matching tasks.')}>
            {bulkMode && data ? (
              <TaskBulkProgress key={data.items.map((t) => `${t.id}:${t.version}`).join('|')} tasks={data.items} onDone={() => setBulkMode(false)} />
            ) : isPhone ? (
              <Stack gap="xs" data-testid="task-list">
                {data?.items.map((t) => (
                  <TaskCard key={t.id} t={t} today={today} />
                ))}
              </Stack>
            ) : (
              <ResultsTable minWidth={860} fetching={isFetching} data-testid="task-list">
                <TaskTableHead />
                <Table.Tbody>
                  {data?.items.map((t) => (
                    <TaskTableRow key={t.id} t={t} today={today} />
                  ))}
                </Table.Tbody>
              </ResultsTable>
            )}
          </ListResults>
          {data && (
            <ListFooter
              total={data.total}
              pageSize={PAGE_SIZE}
              page={search.page}
              onChange={search.setPage}
              summary={tr(`${formatNumber(data.total, lang)} nhiệm vụ`, `${formatNumber(data.total, lang)} tasks`)}
            />
          )}
        </>
      )}
    </Stack>
  );
}
