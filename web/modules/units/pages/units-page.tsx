import { Badge, Button, Card, CloseButton, Grid, Group, Paper, Popover, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconFilter } from '@tabler/icons-react';
import { useState } from 'react';
import { UNIT_KIND_LABELS, UNIT_LEVEL_LABELS, UNIT_STATUS_LABELS } from '../../../../shared/labels.ts';
import type { UnitKind, UnitLevel, UnitStatus } from '../../../../shared/units.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { ListResults, Pager, SearchInput } from '../../../ui/list.tsx';
import { AddButton, ErrorAlert, PageHeader } from '../../../ui/page.tsx';
import { useCan } from '../../auth/auth.queries.ts';
import { UnitLink } from '../../../ui/links.tsx';
import { UnitStatusBadge, useUnitOptions } from '../components/unit-badges.tsx';
import { CreateUnitModal } from '../components/unit-form-modal.tsx';
import { UnitTree } from '../components/unit-tree.tsx';
import { type UnitListItem, useUnitSearch } from '../units.queries.ts';

const PAGE_SIZE = 20;

function ResultsTable({ items }: { items: UnitListItem[] }) {
  const { tr, label } = useI18n();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{tr('Tên đơn vị', 'Unit')}</Table.Th>
            <Table.Th>{tr('Loại hình', 'Kind')}</Table.Th>
            <Table.Th>{tr('Cấp hành chính', 'Level')}</Table.Th>
            <Table.Th>{tr('Trạng thái', 'Status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>
                <UnitLink id={u.id} size="sm" c={u.status === 'dissolved' ? 'dimmed' : undefined}>
                  {u.name}
                </UnitLink>
                {u.shortName && (
                  <Text size="xs" c="dimmed">
                    {u.shortName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{label(UNIT_KIND_LABELS[u.kind])}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{label(UNIT_LEVEL_LABELS[u.level])}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" c={u.status === 'dissolved' ? 'dimmed' : 'green.8'}>
                  {u.status === 'dissolved' ? tr('Đã giải thể', 'Dissolved') : tr('Hoạt động', 'Active')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Phones: one compact card per unit instead of a wide table. */
function ResultsList({ items }: { items: UnitListItem[] }) {
  const { label } = useI18n();
  return (
    <Stack gap="xs">
      {items.map((u) => (
        <Paper key={u.id} withBorder px="sm" py={8} radius="sm">
          <UnitLink id={u.id} fw={500} display="block" c={u.status === 'dissolved' ? 'dimmed' : undefined}>
            {u.name}
          </UnitLink>
          <Text size="xs" c="dimmed">
            {[u.shortName, label(UNIT_KIND_LABELS[u.kind]), label(UNIT_LEVEL_LABELS[u.level])].filter(Boolean).join(' · ')}
          </Text>
          {u.status === 'dissolved' && (
            <Group mt={4}>
              <UnitStatusBadge status={u.status} short />
            </Group>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

function FilterChip({ text, onRemove }: { text: string; onRemove: () => void }) {
  const { tr } = useI18n();
  return (
    <Badge
      variant="light"
      color="gray"
      size="lg"
      tt="none"
      fw={500}
      rightSection={
        <CloseButton size="xs" onClick={onRemove} aria-label={tr(`Bỏ lọc: ${text}`, `Remove filter: ${text}`)} />
      }
    >
      {text}
    </Badge>
  );
}

function UnitSearch() {
  const { tr, lang, label } = useI18n();
  const { kinds, levels, statuses } = useUnitOptions();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [kind, setKind] = useState<UnitKind | null>(null);
  const [level, setLevel] = useState<UnitLevel | null>(null);
  const [status, setStatus] = useState<UnitStatus | null>('active');
  const [page, setPage] = useState(1);
  const { data, error, isLoading, isFetching } = useUnitSearch({
    q: debouncedQ,
    kind: kind ?? undefined,
    level: level ?? undefined,
    status: status ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const activeFilters = [kind, level, status].filter(Boolean).length;
  // Any change of criteria starts again from page 1.
  const reset = <T,>(setter: (v: T) => void) => (v: T) => {
    setter(v);
    setPage(1);
  };

  return (
    <Stack gap="sm">
      <SearchInput
        label={tr('Tìm đơn vị', 'Search units')}
        placeholder={tr('Gõ tên, không cần dấu: "ben cau"…', 'Name, accents optional: "ben cau"…')}
        fetching={isFetching}
        value={q}
        onChange={reset(setQ)}
      />
      <Group gap="xs" wrap="wrap">
        <Popover position="bottom-start" shadow="md" width={300} trapFocus withinPortal>
          <Popover.Target>
            <Button variant="default" size="xs" leftSection={<IconFilter size={14} />}>
              {tr('Bộ lọc', 'Filters')}
              {activeFilters > 0 ? ` (${activeFilters})` : ''}
            </Button>
          </Popover.Target>
          {/* The filters live in the popover: they take no room on a phone and their labels never clash with a form's. */}
          <Popover.Dropdown>
            <Stack gap="xs">
              <Select
                label={tr('Loại hình đơn vị', 'Kind of unit')}
                placeholder={tr('Tất cả', 'All')}
                data={kinds}
                value={kind}
                onChange={(v) => reset(setKind)(v as UnitKind | null)}
                clearable
                comboboxProps={{ withinPortal: false }}
              />
              <Select
                label={tr('Cấp hành chính', 'Administrative level')}
                placeholder={tr('Tất cả', 'All')}
                data={levels}
                value={level}
                onChange={(v) => reset(setLevel)(v as UnitLevel | null)}
                clearable
                comboboxProps={{ withinPortal: false }}
              />
              <Select
                label={tr('Trạng thái', 'Status')}
                placeholder={tr('Tất cả', 'All')}
                data={statuses}
                value={status}
                onChange={(v) => reset(setStatus)(v as UnitStatus | null)}
                clearable
                comboboxProps={{ withinPortal: false }}
              />
            </Stack>
          </Popover.Dropdown>
        </Popover>
        {kind && <FilterChip text={label(UNIT_KIND_LABELS[kind])} onRemove={() => reset(setKind)(null)} />}
        {level && <FilterChip text={label(UNIT_LEVEL_LABELS[level])} onRemove={() => reset(setLevel)(null)} />}
        {status && <FilterChip text={label(UNIT_STATUS_LABELS[status])} onRemove={() => reset(setStatus)(null)} />}
      </Group>
      <ErrorAlert error={error} />
      <ListResults loading={isLoading} empty={data?.items.length === 0} emptyText={tr('Không tìm thấy đơn vị phù hợp.', 'No matching units.')} compact>
        {data && (
          <>
            <Text size="sm" c="dimmed" aria-live="polite">
              {tr(`${formatNumber(data.total, lang)} đơn vị`, `${formatNumber(data.total, lang)} units`)}
            </Text>
            {isPhone ? <ResultsList items={data.items} /> : <ResultsTable items={data.items} />}
            <Pager total={data.total} pageSize={data.pageSize} page={page} onChange={setPage} center />
          </>
        )}
      </ListResults>
    </Stack>
  );
}

export function UnitsPage() {
  const { tr } = useI18n();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap={0}>
      <PageHeader
        title={tr('Đơn vị', 'Units')}
        subtitle={tr('Cây tổ chức và danh sách đơn vị trong phạm vi của bạn.', 'The organisation tree and the units in your scope.')}
        actions={can('unit.write') && <AddButton onClick={() => setCreating(true)}>{tr('Thêm đơn vị', 'Add unit')}</AddButton>}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder padding="sm">
            <Title order={4} mb="xs">
              {tr('Cây đơn vị', 'Unit tree')}
            </Title>
            <ScrollArea.Autosize mah={{ base: 420, md: 'calc(100vh - 220px)' } as never} type="auto" offsetScrollbars>
              <UnitTree />
            </ScrollArea.Autosize>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder padding="sm">
            <Title order={4} mb="xs">
              {tr('Tra cứu đơn vị', 'Find a unit')}
            </Title>
            <UnitSearch />
          </Card>
        </Grid.Col>
      </Grid>
      <CreateUnitModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
