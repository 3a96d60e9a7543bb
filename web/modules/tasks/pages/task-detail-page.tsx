import { Anchor, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Table, Text, Textarea, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowBackUp,
  IconCalendarPlus,
  IconCheck,
  IconChartBar,
  IconPaperclip,
  IconPencil,
  IconSend,
  IconSitemap,
  IconX,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { todayInVietnam } from '../../../../server/lib/dates.ts';
import { DOCUMENT_FIELD_LABELS } from '../../../../shared/labels.ts';
import { DOCUMENT_FIELDS, type DocumentField } from '../../../../shared/documents.ts';
import { TASK_STATUS_LABELS } from '../../../../shared/tasks.ts';
import { formatDate, formatInstant } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DetailPage, useRecordId } from '../../../ui/detail-page.tsx';
import { Field } from '../../../ui/field.tsx';
import { FormActions } from '../../../ui/form-actions.tsx';
import { FormModal } from '../../../ui/form-modal.tsx';
import { UnitLink } from '../../../ui/links.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { PageHeader } from '../../../ui/page.tsx';
import { useUnit } from '../../units/index.ts';
import { TaskActionModal, type TaskModal } from '../components/task-action-modals.tsx';
import { TaskEditModal } from '../components/task-edit-modal.tsx';
import {
  asExtensionStatus,
  asStatus,
  DueDate,
  EVENT_ACTION_LABELS,
  EXTENSION_STATUS_LABELS,
  isPriority,
  isProduct,
  KeyStar,
  PersonName,
  PRIORITY_LABELS,
  PRODUCT_LABELS,
  ProgrammeLink,
  TaskLink,
  TaskProgress,
  TaskStatusBadge,
} from '../components/task-bits.tsx';
import { reportFileUrl, type TaskDetail, useDecideExtension, useTask, useTaskActions } from '../tasks.queries.ts';

function UnitName({ id, link = true }: { id: string; link?: boolean }) {
  const { data } = useUnit(id);
  if (!data) return null;
  return link ? <UnitLink id={id}>{data.name}</UnitLink> : <>{data.name}</>;
}

/** A file size for people: bytes, KB or MB. */
const fileSize = (n: number) => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(0)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder data-testid={testId}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

const isField = (v: string | null): v is DocumentField => !!v && (DOCUMENT_FIELDS as readonly string[]).includes(v);

function DecideModal({ target, onClose }: { target: { id: string; approve: boolean } | null; onClose: () => void }) {
  const { tr } = useI18n();
  const decide = useDecideExtension();
  const [note, setNote] = useState('');
  const close = () => {
    setNote('');
    decide.reset();
    onClose();
  };
  return (
    <FormModal opened={target !== null} onClose={close} title={target?.approve ? tr('Duyệt gia hạn', 'Approve the extension') : tr('Không duyệt gia hạn', 'Reject the extension')} fullScreenOnPhone={false}>
      <MutationError error={decide.error} />
      <Stack gap="sm">
        <Textarea label={tr('Ý kiến', 'Note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
        <FormActions
          onCancel={close}
          busy={decide.isPending}
          color={target?.approve ? 'green' : 'red'}
          submitLabel={target?.approve ? tr('Duyệt', 'Approve') : tr('Không duyệt', 'Reject')}
          onConfirm={() =>
            target &&
            decide.mutate(
              { extensionId: target.id, approve: target.approve, note: note.trim() || null },
              {
                onSuccess: () => {
                  notifications.show({ color: 'green', message: target.approve ? tr('Đã duyệt gia hạn.', 'Extension approved.') : tr('Đã không duyệt gia hạn.', 'Extension rejected.') });
                  close();
                },
              },
            )
          }
        />
      </Stack>
    </FormModal>
  );
}

function TaskView({ task, refetch }: { task: TaskDetail; refetch: () => Promise<unknown> }) {
  const { tr, label } = useI18n();
  const actions = useTaskActions(task.id);
  const [modal, setModal] = useState<TaskModal>(null);
  const [editing, setEditing] = useState(false);
  const [decideTarget, setDecideTarget] = useState<{ id: string; approve: boolean } | null>(null);
  const today = todayInVietnam(new Date());
  const a = task.abilities;
  const direct = [actions.submit, actions.verify];
  const directError = direct.find((m) => m.error)?.error;
  const runDirect = (which: 'submit' | 'verify') =>
    actions[which].mutate(task.version, {
      onSuccess: () => notifications.show({ color: 'green', message: which === 'submit' ? tr('Đã gửi kết quả.', 'Result submitted.') : tr('Đã thẩm định: Đạt.', 'Verified.') }),
    });
  const resetDirect = () => direct.forEach((m) => m.reset());
  const open = (m: TaskModal) => {
    resetDirect();
    setModal(m);
  };

  const buttons = [
    a.report && task.status !== 'submitted' && (
      <Button key="progress" leftSection={<IconChartBar size={16} />} onClick={() => open('progress')}>
        {tr('Báo cáo tiến độ', 'Report progress')}
      </Button>
    ),
    a.submit && (
      <Button key="submit" variant="light" leftSection={<IconSend size={16} />} loading={actions.submit.isPending} onClick={() => runDirect('submit')}>
        {tr('Gửi kết quả', 'Submit result')}
      </Button>
    ),
    a.assignDown && (
      <Button key="assign" variant="light" leftSection={<IconSitemap size={16} />} onClick={() => open('assign')}>
        {tr('Giao xuống cấp dưới', 'Assign to sub-units')}
      </Button>
    ),
    a.verify && (
      <Button key="verify" color="green" leftSection={<IconCheck size={16} />} loading={actions.verify.isPending} onClick={() => runDirect('verify')}>
        {tr('Thẩm định: Đạt', 'Verify: accepted')}
      </Button>
    ),
    a.verify && (
      <Button key="return" color="orange" variant="light" leftSection={<IconArrowBackUp size={16} />} onClick={() => open('return')}>
        {tr('Chưa đạt — trả lại', 'Not accepted — send back')}
      </Button>
    ),
    a.requestExtension && (
      <Button key="extension" variant="default" leftSection={<IconCalendarPlus size={16} />} onClick={() => open('extension')}>
        {tr('Xin gia hạn', 'Request an extension')}
      </Button>
    ),
    a.edit && (
      <Button key="edit" variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
        {tr('Sửa nhiệm vụ', 'Edit the task')}
      </Button>
    ),
    a.cancel && (
      <Button key="cancel" color="red" variant="subtle" leftSection={<IconX size={16} />} onClick={() => open('cancel')}>
        {tr('Hủy nhiệm vụ', 'Cancel the task')}
      </Button>
    ),
  ].filter(Boolean);

  return (
    <Stack gap="md">
      <PageHeader
        title={
          <Group gap="xs" wrap="nowrap" align="center">
            {task.isKey && <KeyStar />}
            <span>{task.title}</span>
          </Group>
        }
        crumbs={[{ label: tr('Nhiệm vụ', 'Tasks'), to: '/tasks' }, { label: task.title }]}
      />
      <Group gap="sm" wrap="wrap">
        <TaskStatusBadge status={task.status} />
        {task.isKey && (
          <Badge color="yellow" variant="light" style={{ textTransform: 'none' }}>
            {tr('Nhiệm vụ trọng tâm', 'Key task')}
          </Badge>
        )}
        <TaskProgress value={task.effectiveProgress} w={160} />
      </Group>
      {buttons.length > 0 && (
        <Group gap="xs" wrap="wrap" data-testid="task-actions">
          {buttons}
        </Group>
      )}
      <MutationError
        error={directError}
        onReload={async () => {
          resetDirect();
          await refetch();
        }}
      />

      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <Field label={tr('Đơn vị chủ trì', 'Lead unit')}>{task.leadName && <UnitLink id={task.leadUnitId}>{task.leadName}</UnitLink>}</Field>
          <Field label={tr('Đơn vị giao', 'Assigned by')}>{task.assignerName}</Field>
          <Field label={tr('Người chịu trách nhiệm', 'Responsible person')}>{task.responsiblePersonId && <PersonName id={task.responsiblePersonId} />}</Field>
          <Field label={tr('Ngày bắt đầu', 'Start date')}>{formatDate(task.startDate)}</Field>
          <Field label={tr('Hạn hoàn thành', 'Due date')}>
            <DueDate date={task.dueDate} status={task.status} today={today} />
            {task.originalDueDate && task.originalDueDate !== task.dueDate && (
              <Text size="xs" c="dimmed">
                {tr(`Hạn ban đầu: ${formatDate(task.originalDueDate)}`, `Originally: ${formatDate(task.originalDueDate)}`)}
              </Text>
            )}
          </Field>
          <Field label={tr('Ngày hoàn thành', 'Completed on')}>{formatDate(task.completedOn)}</Field>
          <Field label={tr('Sản phẩm dự kiến', 'Expected product')}>{isProduct(task.expectedProduct) ? label(PRODUCT_LABELS[task.expectedProduct]) : task.expectedProduct}</Field>
          <Field label={tr('Lĩnh vực', 'Field')}>{isField(task.field) ? label(DOCUMENT_FIELD_LABELS[task.field]) : task.field}</Field>
          <Field label={tr('Mức ưu tiên', 'Priority')}>{isPriority(task.priority) ? label(PRIORITY_LABELS[task.priority]) : task.priority}</Field>
          <Field label={tr('Chương trình công tác', 'Work programme')}>{task.programmeId && <ProgrammeLink id={task.programmeId}>{task.programmeTitle ?? '…'}</ProgrammeLink>}</Field>
          <Field label={tr('Nhiệm vụ cấp trên', 'Parent task')}>{task.parentId && <TaskLink id={task.parentId}>{task.parentTitle ?? '…'}</TaskLink>}</Field>
          <Field label={tr('Tiến độ tự báo cáo', 'Reported progress')}>{`${task.progress}%`}</Field>
          <Field label={tr('Đơn vị phối hợp', 'Co-operating units')}>
            {task.cooperators.length > 0 && (
              <Group gap={6} wrap="wrap">
                {task.cooperators.map((c) => (
                  <UnitLink key={c.id} id={c.id} size="sm">
                    {c.name}
                  </UnitLink>
                ))}
              </Group>
            )}
          </Field>
          <Field label={tr('Nguồn giao', 'Source')}>{task.sourceNote}</Field>
        </SimpleGrid>
        {task.description && (
          <Stack gap={2} mt="md">
            <Text size="xs" c="dimmed">
              {tr('Nội dung, yêu cầu', 'Description')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {task.description}
            </Text>
          </Stack>
        )}
      </Card>

      {task.children.length > 0 && (
        <Section title={tr('Nhiệm vụ giao cấp dưới', 'Assigned sub-tasks')} testId="task-children">
          <Stack gap="xs">
            {task.children.map((c) => (
              <Paper key={c.id} withBorder px="sm" py={8}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={2}>
                    <TaskLink id={c.id} fw={500}>
                      {c.title}
                    </TaskLink>
                    <Text size="xs" c="dimmed">
                      <UnitName id={c.leadUnitId} link={false} /> · {tr('hạn', 'due')} {formatDate(c.dueDate)}
                    </Text>
                  </Stack>
                  <Group gap="xs" wrap="nowrap">
                    <TaskStatusBadge status={c.status} />
                    <TaskProgress value={c.effectiveProgress} w={100} />
                  </Group>
                </Group>
              </Paper>
            ))}
          </Stack>
        </Section>
      )}

      <Section title={tr('Đề nghị gia hạn', 'Extension requests')} testId="task-extensions">
        {task.extensions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {tr('Chưa có đề nghị gia hạn.', 'No extension requests.')}
          </Text>
        ) : (
          <Stack gap="xs">
            {task.extensions.map((x) => {
              const st = asExtensionStatus(x.status);
              return (
                <Paper key={x.id} withBorder px="sm" py={8}>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={2}>
                      <Text size="sm" fw={500}>
                        {formatDate(x.previousDueDate)} → {formatDate(x.requestedDueDate)}
                      </Text>
                      <Text size="sm">{x.reason}</Text>
                      <Text size="xs" c="dimmed">
                        {formatInstant(x.createdAt)}
                        {x.decisionNote ? ` · ${x.decisionNote}` : ''}
                      </Text>
                    </Stack>
                    <Group gap="xs">
                      <Badge color={st === 'approved' ? 'green' : st === 'rejected' ? 'red' : 'yellow'} variant="light" style={{ textTransform: 'none' }}>
                        {label(EXTENSION_STATUS_LABELS[st])}
                      </Badge>
                      {st === 'pending' && a.decideExtension && (
                        <>
                          <Button size="xs" color="green" onClick={() => setDecideTarget({ id: x.id, approve: true })}>
                            {tr('Duyệt', 'Approve')}
                          </Button>
                          <Button size="xs" color="red" variant="light" onClick={() => setDecideTarget({ id: x.id, approve: false })}>
                            {tr('Không duyệt', 'Reject')}
                          </Button>
                        </>
                      )}
                    </Group>
                  </Group>
                </Paper>
              );
            })}
          </Stack>
        )}
      </Section>

      <Section title={tr('Báo cáo tiến độ', 'Progress reports')} testId="task-reports">
        {task.reports.length === 0 ? (
          <Text size="sm" c="dimmed">
            {tr('Chưa có báo cáo tiến độ.', 'No progress reports yet.')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={420} type="native">
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tr('Ngày', 'Date')}</Table.Th>
                  <Table.Th>{tr('Tiến độ', 'Progress')}</Table.Th>
                  <Table.Th>{tr('Nội dung', 'Note')}</Table.Th>
                  <Table.Th>{tr('Minh chứng', 'Evidence')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...task.reports].reverse().map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.reportedOn)}</Table.Td>
                    <Table.Td>{r.percent}%</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{r.note}</Table.Td>
                    <Table.Td>
                      {r.files.length > 0 && (
                        <Stack gap={2}>
                          {r.files.map((f) => (
                            <Group key={f.sha256} gap={4} wrap="nowrap">
                              <IconPaperclip size={14} aria-hidden />
                              <Anchor href={reportFileUrl(task.id, r.id, f.sha256)} download={f.fileName} size="sm">
                                {f.fileName}
                              </Anchor>
                              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                                ({fileSize(f.size)})
                              </Text>
                            </Group>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>

      <Section title={tr('Lịch sử xử lý', 'History')} testId="task-events">
        <Timeline bulletSize={14} lineWidth={2}>
          {task.events.map((e) => (
            <Timeline.Item key={e.id} title={label(EVENT_ACTION_LABELS[e.action]) || e.action}>
              {(e.fromStatus || e.toStatus) && (
                <Text size="sm">
                  {e.fromStatus ? label(TASK_STATUS_LABELS[asStatus(e.fromStatus)]) : '—'} → {e.toStatus ? label(TASK_STATUS_LABELS[asStatus(e.toStatus)]) : '—'}
                </Text>
              )}
              {e.reason && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {tr('Lý do', 'Reason')}: {e.reason}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {formatInstant(e.at)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Section>

      <TaskActionModal modal={modal} task={task} actions={actions} onClose={() => setModal(null)} onReload={refetch} />
      {a.edit && <TaskEditModal opened={editing} task={task} onClose={() => setEditing(false)} onReload={refetch} />}
      <DecideModal target={decideTarget} onClose={() => setDecideTarget(null)} />
    </Stack>
  );
}

export function TaskDetailPage() {
  const { tr } = useI18n();
  const id = useRecordId();
  const query = useTask(id);
  return (
    <DetailPage
      id={id}
      query={query}
      notFound={{
        list: { to: '/tasks', label: tr('Nhiệm vụ', 'Tasks'), back: tr('Về danh sách nhiệm vụ', 'Back to tasks') },
        message: tr('Nhiệm vụ không tồn tại hoặc ngoài phạm vi của bạn.', 'The task does not exist or is outside your scope.'),
      }}
    >
      {(t, refetch) => <TaskView task={t} refetch={refetch} />}
    </DetailPage>
  );
}
