import { Badge, Group, Paper, Progress, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconStarFilled } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Label } from '../../../../shared/labels.ts';
import {
  EXTENSION_STATUSES,
  type ExtensionStatus,
  PERIOD_TYPES,
  type PeriodType,
  TASK_PRIORITIES,
  TASK_PRODUCTS,
  TASK_STATUS_LABELS,
  TASK_STATUSES,
  type TaskPriority,
  type TaskProduct,
  type TaskStatus,
} from '../../../../shared/tasks.ts';
import { formatDate } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { AnchorLink } from '../../../ui/links.tsx';
import { usePersonName } from '../../people/index.ts';

export const PRIORITY_LABELS: Record<TaskPriority, Label> = {
  normal: { vi: 'Bình thường', en: 'Normal' },
  high: { vi: 'Cao', en: 'High' },
  urgent: { vi: 'Khẩn', en: 'Urgent' },
};

export const PRODUCT_LABELS: Record<TaskProduct, Label> = {
  report: { vi: 'Báo cáo', en: 'Report' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  conference: { vi: 'Hội nghị', en: 'Conference' },
  document: { vi: 'Văn bản', en: 'Document' },
  inspection: { vi: 'Kiểm tra, giám sát', en: 'Inspection' },
  other: { vi: 'Khác', en: 'Other' },
};

export const PERIOD_TYPE_LABELS: Record<PeriodType, Label> = {
  year: { vi: 'Năm', en: 'Year' },
  half: { vi: '6 tháng', en: 'Half-year' },
  quarter: { vi: 'Quý', en: 'Quarter' },
  month: { vi: 'Tháng', en: 'Month' },
};

export const EXTENSION_STATUS_LABELS: Record<ExtensionStatus, Label> = {
  pending: { vi: 'Chờ duyệt', en: 'Pending' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  rejected: { vi: 'Không duyệt', en: 'Rejected' },
};

export const EVENT_ACTION_LABELS: Record<string, Label> = {
  create: { vi: 'Tạo nhiệm vụ', en: 'Created' },
  assign: { vi: 'Giao nhiệm vụ', en: 'Assigned' },
  start: { vi: 'Bắt đầu thực hiện', en: 'Started' },
  submit: { vi: 'Gửi kết quả', en: 'Submitted' },
  verify: { vi: 'Thẩm định: Đạt', en: 'Verified' },
  return: { vi: 'Chưa đạt — trả lại', en: 'Sent back' },
  cancel: { vi: 'Hủy nhiệm vụ', en: 'Cancelled' },
  request_extension: { vi: 'Xin gia hạn', en: 'Extension requested' },
  approve_extension: { vi: 'Duyệt gia hạn', en: 'Extension approved' },
  reject_extension: { vi: 'Không duyệt gia hạn', en: 'Extension rejected' },
  change_due_date: { vi: 'Đổi hạn hoàn thành', en: 'Due date changed' },
};

const STATUS_COLORS: Record<TaskStatus, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  submitted: 'violet',
  done: 'green',
  returned: 'orange',
  cancelled: 'dark',
};

export const asStatus = (s: string): TaskStatus => ((TASK_STATUSES as readonly string[]).includes(s) ? (s as TaskStatus) : 'not_started');
export const asExtensionStatus = (s: string): ExtensionStatus => ((EXTENSION_STATUSES as readonly string[]).includes(s) ? (s as ExtensionStatus) : 'pending');
export const isPriority = (s: string | null | undefined): s is TaskPriority => !!s && (TASK_PRIORITIES as readonly string[]).includes(s);
export const isProduct = (s: string | null | undefined): s is TaskProduct => !!s && (TASK_PRODUCTS as readonly string[]).includes(s);
export const isPeriodType = (s: string | null | undefined): s is PeriodType => !!s && (PERIOD_TYPES as readonly string[]).includes(s);

export function TaskStatusBadge({ status }: { status: string }) {
  const { label } = useI18n();
  const s = asStatus(status);
  return (
    <Badge color={STATUS_COLORS[s]} variant="light" style={{ textTransform: 'none' }}>
      {label(TASK_STATUS_LABELS[s])}
    </Badge>
  );
}

export function KeyStar() {
  const { tr } = useI18n();
  const t = tr('Nhiệm vụ trọng tâm', 'Key task');
  return (
    <Tooltip label={t}>
      <IconStarFilled size={16} color="var(--mantine-color-yellow-6)" aria-label={t} role="img" style={{ flex: 'none' }} />
    </Tooltip>
  );
}

export function TaskProgress({ value, w = 120 }: { value: number; w?: number | string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Progress value={value} w={w} size="md" color={value >= 100 ? 'green' : 'blue'} aria-label={`${value}%`} />
      <Text size="xs" c="dimmed" w={36}>
        {value}%
      </Text>
    </Group>
  );
}

export function TaskLink({ id, children, fw }: { id: string; children: ReactNode; fw?: number }) {
  return (
    <AnchorLink to="/tasks/$id" params={{ id }} fw={fw}>
      {children}
    </AnchorLink>
  );
}

export function ProgrammeLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <AnchorLink to="/programmes/$id" params={{ id }} fw={500}>
      {children}
    </AnchorLink>
  );
}

/** What a list row of tasks shows. */
export interface TaskRowData {
  id: string;
  title: string;
  isKey: boolean;
  leadName?: string | null | undefined;
  responsiblePersonId?: string | null | undefined;
  dueDate: string;
  status: string;
  effectiveProgress: number;
}

/** A due date, red when past and the task is still open. */
export function DueDate({ date, status, today }: { date: string; status: string; today: string }) {
  const open = status !== 'done' && status !== 'cancelled';
  return (
    <Text size="sm" c={open && date < today ? 'red' : undefined} style={{ whiteSpace: 'nowrap' }}>
      {formatDate(date)}
    </Text>
  );
}

/** The head of a task table: title, lead unit, due date, status, progress. */
export function TaskTableHead({ extra }: { extra?: ReactNode }) {
  const { tr } = useI18n();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{tr('Nhiệm vụ', 'Task')}</Table.Th>
        <Table.Th>{tr('Đơn vị chủ trì', 'Lead unit')}</Table.Th>
        <Table.Th>{tr('Người chịu trách nhiệm', 'Responsible')}</Table.Th>
        {extra}
        <Table.Th>{tr('Hạn hoàn thành', 'Due date')}</Table.Th>
        <Table.Th>{tr('Trạng thái', 'Status')}</Table.Th>
        <Table.Th>{tr('Tiến độ', 'Progress')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

export function TaskTableRow({ t, today, indent = 0, extra }: { t: TaskRowData; today: string; indent?: number; extra?: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Td style={{ paddingLeft: `calc(var(--mantine-spacing-sm) + ${indent * 20}px)` }}>
        <Group gap={6} wrap="nowrap" align="flex-start">
          {indent > 0 && (
            <Text c="dimmed" size="sm" aria-hidden>
              └
            </Text>
          )}
          {t.isKey && <KeyStar />}
          <TaskLink id={t.id} fw={500}>
            {t.title}
          </TaskLink>
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t.leadName ?? ''}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          <PersonName id={t.responsiblePersonId} />
        </Text>
      </Table.Td>
      {extra}
      <Table.Td>
        <DueDate date={t.dueDate} status={t.status} today={today} />
      </Table.Td>
      <Table.Td>
        <TaskStatusBadge status={t.status} />
      </Table.Td>
      <Table.Td>
        <TaskProgress value={t.effectiveProgress} />
      </Table.Td>
    </Table.Tr>
  );
}

/** A task as a card, for phones. */
export function TaskCard({ t, today, indent = 0, extra }: { t: TaskRowData; today: string; indent?: number; extra?: ReactNode }) {
  const { tr } = useI18n();
  return (
    <Paper withBorder px="sm" py={10} radius="sm" ml={indent * 16}>
      <Stack gap={6}>
        <Group gap={6} wrap="nowrap" align="flex-start">
          {t.isKey && <KeyStar />}
          <TaskLink id={t.id} fw={500}>
            {t.title}
          </TaskLink>
        </Group>
        <Group gap="xs" wrap="wrap">
          <TaskStatusBadge status={t.status} />
          <Text size="xs" c="dimmed">
            {t.leadName}
            {t.responsiblePersonId && ' · '}
            <PersonName id={t.responsiblePersonId} />
          </Text>
        </Group>
        {extra}
        <Group justify="space-between" wrap="nowrap">
          <Group gap={4} wrap="nowrap">
            <Text size="xs" c="dimmed">
              {tr('Hạn', 'Due')}
            </Text>
            <DueDate date={t.dueDate} status={t.status} today={today} />
          </Group>
          <TaskProgress value={t.effectiveProgress} w={90} />
        </Group>
      </Stack>
    </Paper>
  );
}

/** A person's name by id ("" while loading or when not visible). */
export function PersonName({ id }: { id: string | null | undefined }) {
  const name = usePersonName(id);
  return <>{typeof name === 'string' ? name : ''}</>;
}
