import { ActionIcon, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useI18n } from '../../../lib/i18n.tsx';
import { asStatus, KeyStar, TaskLink } from './task-bits.tsx';

interface CalendarTask {
  id: string;
  title: string;
  dueDate: string;
  status: string;
  isKey: boolean;
}

const COLORS: Record<string, string> = { done: 'green', cancelled: 'gray', submitted: 'violet', returned: 'orange' };

/** A month grid (Monday first) with each task on its due date. `month` is `YYYY-MM`. */
export function TaskCalendar({ month, onMonth, tasks, today }: { month: string; onMonth: (m: string) => void; tasks: CalendarTask[]; today: string }) {
  const { tr } = useI18n();
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [...Array.from({ length: lead }, () => null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const shift = (d: number) => {
    const n = new Date(Date.UTC(y, m - 1 + d, 1));
    onMonth(`${n.getUTCFullYear()}-${String(n.getUTCMonth() + 1).padStart(2, '0')}`);
  };
  const weekdays = [tr('T2', 'Mon'), tr('T3', 'Tue'), tr('T4', 'Wed'), tr('T5', 'Thu'), tr('T6', 'Fri'), tr('T7', 'Sat'), tr('CN', 'Sun')];
  return (
    <Stack gap="xs" data-testid="task-calendar">
      <Group justify="space-between">
        <ActionIcon variant="default" onClick={() => shift(-1)} aria-label={tr('Tháng trước', 'Previous month')}>
          <IconChevronLeft size={16} />
        </ActionIcon>
        <Text fw={600}>{tr(`Tháng ${m}/${y}`, `${m}/${y}`)}</Text>
        <ActionIcon variant="default" onClick={() => shift(1)} aria-label={tr('Tháng sau', 'Next month')}>
          <IconChevronRight size={16} />
        </ActionIcon>
      </Group>
      <SimpleGrid cols={7} spacing={2} verticalSpacing={2}>
        {weekdays.map((w) => (
          <Text key={w} size="xs" c="dimmed" ta="center" fw={600}>
            {w}
          </Text>
        ))}
        {cells.map((d, i) => {
          const iso = d ? `${month}-${String(d).padStart(2, '0')}` : '';
          const due = d ? tasks.filter((t) => t.dueDate === iso) : [];
          return (
            <Paper key={i} withBorder={!!d} p={4} mih={72} bg={iso === today ? 'blue.0' : undefined} style={{ overflow: 'hidden', minWidth: 0 }}>
              {d && (
                <Stack gap={2}>
                  <Text size="xs" c="dimmed">
                    {d}
                  </Text>
                  {due.map((t) => {
                    const open = t.status !== 'done' && t.status !== 'cancelled';
                    const c = open && t.dueDate < today ? 'red' : (COLORS[asStatus(t.status)] ?? 'blue');
                    return (
                      <Group key={t.id} gap={2} wrap="nowrap" style={{ borderLeft: `3px solid var(--mantine-color-${c}-6)`, paddingLeft: 3, minWidth: 0 }}>
                        {t.isKey && <KeyStar />}
                        <Text size="xs" truncate>
                          <TaskLink id={t.id}>{t.title}</TaskLink>
                        </Text>
                      </Group>
                    );
                  })}
                </Stack>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
