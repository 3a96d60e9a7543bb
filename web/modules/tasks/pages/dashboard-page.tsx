import { Card, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, Tooltip } from '@mantine/core';
import { todayInVietnam } from '../../../../server/lib/dates.ts';
import { DEADLINE_CLASS_LABELS, DEADLINE_CLASSES, type DeadlineClass } from '../../../../shared/tasks.ts';
import { compareVietnamese, formatDate, formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DateField, isIsoDate } from '../../../ui/date-field.tsx';
import { FilterBar, ListResults, ResultsTable } from '../../../ui/list.tsx';
import { AnchorLink } from '../../../ui/links.tsx';
import { ErrorAlert, NoAccess, PageHeader } from '../../../ui/page.tsx';
import { useUrlSearch } from '../../../ui/url-search.ts';
import { useCan, useMe } from '../../auth/auth.queries.ts';
import { UnitSelect } from '../../units/index.ts';
import { type DeadlineReportRow, useDeadlines } from '../tasks.queries.ts';

const CLASS_COLORS: Record<DeadlineClass, string> = { done_on_time: 'green', done_late: 'yellow', open_within_deadline: 'blue', open_overdue: 'red' };

const periodRange = (year: number, quarter: number | null): { from: string; to: string } => {
  if (!quarter) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const m1 = (quarter - 1) * 3 + 1;
  const m3 = m1 + 2;
  const last = new Date(Date.UTC(year, m3, 0)).getUTCDate();
  return { from: `${year}-${String(m1).padStart(2, '0')}-01`, to: `${year}-${String(m3).padStart(2, '0')}-${last}` };
};

const n = (v: unknown) => Number(v) || 0;

function StackedBar({ row }: { row: DeadlineReportRow }) {
  const { label } = useI18n();
  const total = DEADLINE_CLASSES.reduce((s, c) => s + n(row[c]), 0);
  if (total === 0) return <div style={{ height: 16, background: 'var(--mantine-color-gray-1)', borderRadius: 4 }} />;
  return (
    <svg width="100%" height="16" role="img" aria-label={DEADLINE_CLASSES.map((c) => `${label(DEADLINE_CLASS_LABELS[c])}: ${n(row[c])}`).join('; ')} style={{ display: 'block', borderRadius: 4 }}>
      {DEADLINE_CLASSES.map((c, i) => {
        const x = DEADLINE_CLASSES.slice(0, i).reduce((s, p) => s + (n(row[p]) / total) * 100, 0);
        const w = (n(row[c]) / total) * 100;
        return <rect key={c} x={`${x}%`} y={0} width={`${w}%`} height={16} fill={`var(--mantine-color-${CLASS_COLORS[c]}-6)`} />;
      })}
    </svg>
  );
}

export function DashboardPage() {
  const { tr, label, lang } = useI18n();
  const can = useCan();
  const { data: me } = useMe();
  const search = useUrlSearch('/dashboard');
  const today = todayInVietnam(new Date());
  const thisYear = Number(today.slice(0, 4));
  const unitId = search.get('unitId') ?? me?.scopeRootId ?? null;
  const year = /^\d{4}$/u.test(search.get('year') ?? '') ? Number(search.get('year')) : thisYear;
  const quarterText = search.get('quarter');
  const quarter = quarterText && /^[1-4]$/u.test(quarterText) ? Number(quarterText) : null;
  const asOfText = search.get('asOf');
  const asOf = isIsoDate(asOfText) ? asOfText : today;
  const { from, to } = periodRange(year, quarter);
  const { data, error, isLoading, isFetching } = useDeadlines({ unitId: unitId ?? undefined, from, to, asOf }, !!unitId);

  if (!can('task.read')) return <NoAccess title={tr('Theo dõi tiến độ', 'Progress tracking')} message={tr('Bạn không có quyền xem nhiệm vụ.', 'You may not see tasks.')} />;

  const rows = [...(data?.rows ?? [])].sort((a, b) => compareVietnamese(a.unitName, b.unitName));
  const total = (k: DeadlineClass | 'due_within_7_days') => rows.reduce((s, r) => s + n(r[k]), 0);
  const fmt = (v: number) => formatNumber(v, lang);
  const drill = (rowUnitId: string, cls: DeadlineClass | null, value: number) =>
    value === 0 ? (
      <Text size="sm" c="dimmed">
        0
      </Text>
    ) : (
      <AnchorLink to="/tasks" search={{ unitId: rowUnitId, dueFrom: from, dueTo: to, ...(cls ? { deadlineClass: cls } : {}), asOf } as never} size="sm" fw={500}>
        {fmt(value)}
      </AnchorLink>
    );

  const cards: { key: DeadlineClass | 'due_within_7_days'; text: string; color: string }[] = [
    ...DEADLINE_CLASSES.map((c) => ({ key: c, text: label(DEADLINE_CLASS_LABELS[c]), color: CLASS_COLORS[c] })),
    { key: 'due_within_7_days' as const, text: tr('Đến hạn trong 7 ngày', 'Due within 7 days'), color: 'orange' },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={tr('Theo dõi tiến độ', 'Progress tracking')}
        subtitle={tr(
          `Nhiệm vụ có hạn từ ${formatDate(from)} đến ${formatDate(to)}, tính đến ngày ${formatDate(asOf)}.`,
          `Tasks due ${formatDate(from)}–${formatDate(to)}, as of ${formatDate(asOf)}.`,
        )}
      />
      <FilterBar>
        <div style={{ flex: '1 1 260px' }}>
          <UnitSelect label={tr('Đơn vị', 'Unit')} value={unitId} onChange={(v) => void search.set({ unitId: v ?? undefined })} clearable={false} />
        </div>
        <NumberInput
          label={tr('Năm', 'Year')}
          defaultValue={year}
          onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && void search.set({ year: v === thisYear ? undefined : String(v) })}
          min={2000}
          max={2100}
          allowDecimal={false}
          thousandSeparator={false}
          w={{ base: '100%', xs: 110 }}
        />
        <Select
          label={tr('Kỳ', 'Period')}
          data={[
            { value: '0', label: tr('Cả năm', 'Whole year') },
            ...[1, 2, 3, 4].map((q) => ({ value: String(q), label: tr(`Quý ${['I', 'II', 'III', 'IV'][q - 1]}`, `Q${q}`) })),
          ]}
          value={String(quarter ?? 0)}
          onChange={(v) => void search.set({ quarter: v && v !== '0' ? v : undefined })}
          allowDeselect={false}
          w={{ base: '100%', xs: 140 }}
          comboboxProps={{ withinPortal: true }}
        />
        <DateField
          label={tr('Tính đến ngày', 'As of')}
          value={asOfText ?? today}
          onChange={(v) => {
            if (v === null || isIsoDate(v)) void search.set({ asOf: v && v !== today ? v : undefined });
          }}
          w={{ base: '100%', xs: 150 }}
        />
      </FilterBar>
      <ErrorAlert error={error} />
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" data-testid="deadline-cards">
        {cards.map((c) => (
          <Card key={c.key} withBorder padding="sm" style={{ borderLeft: `4px solid var(--mantine-color-${c.color}-6)` }}>
            <Text size="xs" c="dimmed">
              {c.text}
            </Text>
            <Text size="xl" fw={700}>
              {fmt(total(c.key))}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <ListResults loading={isLoading} empty={rows.length === 0} emptyText={tr('Không có nhiệm vụ nào có hạn trong kỳ.', 'No tasks due in the period.')}>
        <Card withBorder padding="sm">
          <Text fw={600} mb="xs">
            {tr('Theo đơn vị', 'By unit')}
          </Text>
          <Group gap="md" mb="sm" wrap="wrap">
            {DEADLINE_CLASSES.map((c) => (
              <Group key={c} gap={4} wrap="nowrap">
                <div style={{ width: 12, height: 12, borderRadius: 2, background: `var(--mantine-color-${CLASS_COLORS[c]}-6)` }} />
                <Text size="xs">{label(DEADLINE_CLASS_LABELS[c])}</Text>
              </Group>
            ))}
          </Group>
          <Stack gap={8} data-testid="deadline-chart">
            {rows.map((r) => (
              <Tooltip key={r.unitId} label={DEADLINE_CLASSES.map((c) => `${label(DEADLINE_CLASS_LABELS[c])}: ${n(r[c])}`).join(' · ')} multiline maw={320}>
                <div>
                  <Text size="xs" truncate>
                    {r.unitName}
                  </Text>
                  <StackedBar row={r} />
                </div>
              </Tooltip>
            ))}
          </Stack>
        </Card>
        <ResultsTable minWidth={760} fetching={isFetching} data-testid="deadline-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tr('Đơn vị', 'Unit')}</Table.Th>
              {DEADLINE_CLASSES.map((c) => (
                <Table.Th key={c} ta="right">
                  {label(DEADLINE_CLASS_LABELS[c])}
                </Table.Th>
              ))}
              <Table.Th ta="right">{tr('Đến hạn trong 7 ngày', 'Due within 7 days')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.unitId}>
                <Table.Td>{r.unitName}</Table.Td>
                {DEADLINE_CLASSES.map((c) => (
                  <Table.Td key={c} ta="right">
                    {drill(r.unitId, c, n(r[c]))}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{fmt(n(r.due_within_7_days))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{tr('Tổng cộng', 'Total')}</Table.Th>
              {DEADLINE_CLASSES.map((c) => (
                <Table.Th key={c} ta="right">
                  {fmt(total(c))}
                </Table.Th>
              ))}
              <Table.Th ta="right">{fmt(total('due_within_7_days'))}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </ResultsTable>
      </ListResults>
    </Stack>
  );
}
