import { Alert, Button, Card, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { todayInVietnam } from '../../../../server/lib/dates.ts';
import { ApiError } from '../../../api/client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DateField, isIsoDate } from '../../../ui/date-field.tsx';
import { ErrorAlert } from '../../../ui/page.tsx';
import { type TaskListItem, useBulkProgress } from '../tasks.queries.ts';
import { KeyStar, TaskLink, TaskStatusBadge } from './task-bits.tsx';

/** The list has no abilities: open tasks not awaiting verification; the server refuses the rest, naming them. */
export const canTakeReport = (t: TaskListItem) => t.status !== 'done' && t.status !== 'cancelled' && t.status !== 'submitted';

const validPercent = (v: number | string | undefined): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;

/**
 * Bulk progress: one report date, an editable % per task shown; "Lưu tất cả" sends only the rows
 * whose % changed. All or nothing: on refusal the server names the failing tasks.
 */
export function TaskBulkProgress({ tasks, onDone }: { tasks: TaskListItem[]; onDone: () => void }) {
  const { tr } = useI18n();
  const bulk = useBulkProgress();
  const rows = tasks.filter(canTakeReport);
  const [reportedOn, setReportedOn] = useState<string | null>(() => todayInVietnam(new Date()));
  const [values, setValues] = useState<Record<string, number | string>>({});
  const [localError, setLocalError] = useState<string | null>(null);
  const changed = rows.filter((t) => values[t.id] !== undefined && values[t.id] !== t.progress);
  const failedIds = new Set<string>(
    bulk.error instanceof ApiError && Array.isArray(bulk.error.data?.failures)
      ? (bulk.error.data.failures as { taskId?: unknown }[]).map((f) => String(f.taskId))
      : [],
  );

  const save = () => {
    setLocalError(null);
    if (!isIsoDate(reportedOn)) return setLocalError(tr('Nhập ngày báo cáo theo dạng dd/mm/yyyy.', 'Type the report date as dd/mm/yyyy.'));
    if (changed.length === 0) return setLocalError(tr('Chưa có tiến độ nào thay đổi.', 'No progress has changed.'));
    if (changed.some((t) => !validPercent(values[t.id]))) return setLocalError(tr('Nhập tiến độ từ 0 đến 100.', 'Type a progress from 0 to 100.'));
    bulk.mutate(
      { reportedOn, items: changed.map((t) => ({ taskId: t.id, version: t.version, percent: values[t.id] as number, note: null })) },
      {
        onSuccess: (r) => {
          notifications.show({ color: 'green', message: tr(`Đã báo cáo tiến độ ${r.items.length} nhiệm vụ.`, `Progress reported on ${r.items.length} tasks.`) });
          setValues({});
          onDone();
        },
      },
    );
  };

  return (
    <Card withBorder data-testid="task-bulk">
      <Stack gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <DateField label={tr('Ngày báo cáo', 'Report date')} value={reportedOn} onChange={setReportedOn} required w={{ base: '100%', xs: 170 }} />
          <Button leftSection={<IconDeviceFloppy size={16} />} onClick={save} loading={bulk.isPending} disabled={changed.length === 0}>
            {tr('Lưu tất cả', 'Save all')}
          </Button>
          <Button variant="default" onClick={onDone} disabled={bulk.isPending}>
            {tr('Thoát', 'Leave')}
          </Button>
          <Text size="sm" c="dimmed">
            {tr(`${changed.length} nhiệm vụ thay đổi`, `${changed.length} tasks changed`)}
          </Text>
        </Group>
        {localError && (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} role="alert">
            {localError}
          </Alert>
        )}
        {bulk.error instanceof ApiError ? (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title={tr('Không lưu báo cáo nào', 'Nothing was saved')} role="alert">
            {bulk.error.message}
          </Alert>
        ) : (
          <ErrorAlert error={bulk.error} />
        )}
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {tr('Không có nhiệm vụ nào đang thực hiện trong trang này.', 'No open tasks on this page.')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560} type="native">
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tr('Nhiệm vụ', 'Task')}</Table.Th>
                  <Table.Th>{tr('Trạng thái', 'Status')}</Table.Th>
                  <Table.Th>{tr('Hiện tại', 'Current')}</Table.Th>
                  <Table.Th w={130}>{tr('Tiến độ mới (%)', 'New progress (%)')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((t) => {
                  const v = values[t.id] ?? t.progress;
                  return (
                    <Table.Tr key={t.id} bg={failedIds.has(t.id) ? 'var(--mantine-color-red-0)' : undefined}>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          {t.isKey && <KeyStar />}
                          <TaskLink id={t.id} fw={500}>
                            {t.title}
                          </TaskLink>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <TaskStatusBadge status={t.status} />
                      </Table.Td>
                      <Table.Td>{t.progress}%</Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={tr(`Tiến độ mới của ${t.title}`, `New progress of ${t.title}`)}
                          value={v}
                          onChange={(n) => setValues((cur) => ({ ...cur, [t.id]: n }))}
                          min={0}
                          max={100}
                          allowDecimal={false}
                          allowNegative={false}
                          clampBehavior="none"
                          size="xs"
                          error={values[t.id] !== undefined && !validPercent(values[t.id])}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
