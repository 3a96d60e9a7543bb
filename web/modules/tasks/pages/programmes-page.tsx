import { Badge, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { todayInVietnam } from '../../../../server/lib/dates.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { FilterBar, ListResults } from '../../../ui/list.tsx';
import { AddButton, ErrorAlert, NoAccess, PageHeader } from '../../../ui/page.tsx';
import { useUrlSearch } from '../../../ui/url-search.ts';
import { useCan } from '../../auth/auth.queries.ts';
import { ProgrammeFormModal } from '../components/programme-form-modal.tsx';
import { isPeriodType, PERIOD_TYPE_LABELS, ProgrammeLink } from '../components/task-bits.tsx';
import { useProgrammes } from '../tasks.queries.ts';

export function ProgrammesPage() {
  const { tr, label } = useI18n();
  const can = useCan();
  const search = useUrlSearch('/programmes');
  const thisYear = Number(todayInVietnam(new Date()).slice(0, 4));
  const yearText = search.get('year');
  const year = yearText && /^\d{4}$/u.test(yearText) ? Number(yearText) : thisYear;
  const [yearInput, setYearInput] = useState<string | number>(year);
  const [seen, setSeen] = useState(year);
  if (seen !== year) {
    setSeen(year);
    setYearInput(year);
  }
  const creating = search.get('new') === '1' && can('task.write');
  const { data, error, isLoading } = useProgrammes(year);

  if (!can('task.read')) return <NoAccess title={tr('Chương trình công tác', 'Work programmes')} message={tr('Bạn không có quyền xem chương trình công tác.', 'You may not see work programmes.')} />;

  return (
    <Stack gap="md">
      <PageHeader
        title={tr('Chương trình công tác', 'Work programmes')}
        subtitle={tr('Chương trình công tác năm, 6 tháng, quý, tháng của các đơn vị trong phạm vi của bạn.', 'Yearly, half-yearly, quarterly and monthly programmes of the units in your scope.')}
        actions={can('task.write') && <AddButton onClick={() => void search.set({ new: 1 })}>{tr('Tạo chương trình', 'Create programme')}</AddButton>}
      />
      <FilterBar>
        <NumberInput
          label={tr('Năm', 'Year')}
          value={yearInput}
          onChange={(v) => {
            setYearInput(v);
            if (typeof v === 'number' && v >= 2000 && v <= 2100) void search.set({ year: v === thisYear ? undefined : String(v) });
          }}
          min={2000}
          max={2100}
          allowDecimal={false}
          thousandSeparator={false}
          w={{ base: '100%', xs: 140 }}
        />
      </FilterBar>
      <ErrorAlert error={error} />
      <ListResults loading={isLoading} empty={data?.items.length === 0} emptyText={tr(`Chưa có chương trình công tác nào năm ${year}.`, `No work programmes for ${year}.`)}>
        <Stack gap="xs" data-testid="programme-list">
          {data?.items.map((p) => (
            <Paper key={p.id} withBorder px="sm" py={10} radius="sm">
              <ProgrammeLink id={p.id}>{p.title}</ProgrammeLink>
              <Group gap={6} mt={6}>
                <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
                  {isPeriodType(p.periodType) ? label(PERIOD_TYPE_LABELS[p.periodType]) : p.periodType}
                  {p.periodNo ? ` ${p.periodNo}` : ''} · {p.year}
                </Badge>
                {p.note && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {p.note}
                  </Text>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      </ListResults>
      <ProgrammeFormModal opened={creating} year={year} onClose={() => void search.set({ new: undefined })} />
    </Stack>
  );
}
