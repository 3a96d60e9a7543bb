import { FileInput, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { todayInVietnam } from '../../../../server/lib/dates.ts';
import { formatDate } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DateField, isIsoDate } from '../../../ui/date-field.tsx';
import { FormActions, useCheckedSubmit } from '../../../ui/form-actions.tsx';
import { FormModal } from '../../../ui/form-modal.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { fieldErrors } from '../../../ui/page.tsx';
import { UnitMultiSelect } from '../../units/index.ts';
import { type TaskDetail, type useTaskActions, useReportProgressWithEvidence } from '../tasks.queries.ts';

type Actions = ReturnType<typeof useTaskActions>;

export type TaskModal = 'progress' | 'assign' | 'return' | 'cancel' | 'extension' | null;

interface FormProps {
  task: TaskDetail;
  actions: Actions;
  onClose: () => void;
  onReload: () => unknown;
}

const EVIDENCE_ACCEPT = '.pdf,.docx,.jpg,.jpeg,.png,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/jpeg,image/png';

function ProgressForm({ task, onClose, onReload }: FormProps) {
  const { tr } = useI18n();
  const m = useReportProgressWithEvidence(task.id);
  const [file, setFile] = useState<File | null>(null);
  const [reportedOn, setReportedOn] = useState<string | null>(() => todayInVietnam(new Date()));
  const [percent, setPercent] = useState<number | string>(task.progress);
  const [note, setNote] = useState('');
  const { localErrors, submit } = useCheckedSubmit(
    () => {
      const e: Record<string, string> = {};
      if (!isIsoDate(reportedOn)) e.reportedOn = tr('Nhập ngày báo cáo theo dạng dd/mm/yyyy.', 'Type the report date as dd/mm/yyyy.');
      if (typeof percent !== 'number' || !Number.isInteger(percent) || percent < 0 || percent > 100) e.percent = tr('Nhập tiến độ từ 0 đến 100.', 'Type a progress from 0 to 100.');
      return e;
    },
    () =>
      m.mutate(
        {
          json: { version: task.version, reportedOn: reportedOn as string, percent: percent as number, note: note.trim() || null },
          file,
          knownReportIds: task.reports.map((r) => r.id),
        },
        {
          onSuccess: ({ fileError }) => {
            if (fileError) {
              const why = fileError instanceof Error ? fileError.message : String(fileError);
              notifications.show({
                color: 'orange',
                autoClose: false,
                title: tr('Đã báo cáo tiến độ, nhưng chưa tải được minh chứng', 'Progress reported, but the evidence was not uploaded'),
                message: why,
              });
            } else notifications.show({ color: 'green', message: tr('Đã báo cáo tiến độ.', 'Progress reported.') });
            onClose();
          },
        },
      ),
  );
  const errorOf = fieldErrors(m.error, localErrors);
  return (
    <form onSubmit={submit} noValidate>
      <MutationError error={m.error} onReload={onReload} />
      <Stack gap="sm">
        <DateField label={tr('Ngày báo cáo', 'Report date')} value={reportedOn} onChange={setReportedOn} required error={errorOf('reportedOn')} />
        <NumberInput label={tr('Tiến độ (%)', 'Progress (%)')} value={percent} onChange={setPercent} min={0} max={100} allowDecimal={false} allowNegative={false} clampBehavior="none" required error={errorOf('percent')} />
        <Textarea label={tr('Nội dung', 'Note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={3} error={errorOf('note')} />
        <FileInput
          label={tr('Minh chứng (PDF, DOCX, ảnh)', 'Evidence (PDF, DOCX, image)')}
          placeholder={tr('Chọn tệp (không bắt buộc)', 'Choose a file (optional)')}
          value={file}
          onChange={setFile}
          accept={EVIDENCE_ACCEPT}
          clearable
          leftSection={<IconPaperclip size={16} />}
        />
        <FormActions onCancel={onClose} busy={m.isPending} submitLabel={tr('Báo cáo', 'Report')} />
      </Stack>
    </form>
  );
}

function AssignForm({ task, actions, onClose }: FormProps) {
  const { tr } = useI18n();
  const m = actions.assign;
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const { localErrors, submit } = useCheckedSubmit(
    () => {
      const e: Record<string, string> = {};
      if (unitIds.length === 0) e.unitIds = tr('Chọn ít nhất một đơn vị.', 'Pick at least one unit.');
      if (dueDate !== null && !isIsoDate(dueDate)) e.dueDate = tr('Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.', 'Not a valid date; type dd/mm/yyyy.');
      return e;
    },
    () =>
      m.mutate(
        { unitIds, dueDate },
        {
          onSuccess: (r) => {
            notifications.show({ color: 'green', message: tr(`Đã giao cho ${r.items.length} đơn vị.`, `Assigned to ${r.items.length} units.`) });
            onClose();
          },
        },
      ),
  );
  const errorOf = fieldErrors(m.error, localErrors);
  return (
    <form onSubmit={submit} noValidate>
      <MutationError error={m.error} />
      <Stack gap="sm">
        <UnitMultiSelect label={tr('Giao cho các đơn vị', 'Assign to units')} value={unitIds} onChange={setUnitIds} required activeOnly exclude={[task.leadUnitId]} error={errorOf('unitIds')} />
        <DateField
          label={tr('Hạn hoàn thành', 'Due date')}
          description={tr(`Bỏ trống để dùng hạn của nhiệm vụ (${formatDate(task.dueDate)}).`, `Leave empty for the task's due date (${formatDate(task.dueDate)}).`)}
          value={dueDate}
          onChange={setDueDate}
          error={errorOf('dueDate')}
        />
        <FormActions onCancel={onClose} busy={m.isPending} submitLabel={tr('Giao nhiệm vụ', 'Assign')} />
      </Stack>
    </form>
  );
}

function ReasonForm({ task, actions, onClose, onReload, kind }: FormProps & { kind: 'return' | 'cancel' }) {
  const { tr } = useI18n();
  const m = kind === 'return' ? actions.ret : actions.cancel;
  const [reason, setReason] = useState('');
  const { localErrors, submit } = useCheckedSubmit(
    (): Record<string, string> => (reason.trim() ? {} : { reason: tr('Nhập lý do.', 'Type the reason.') }),
    () =>
      m.mutate(
        { version: task.version, reason: reason.trim() },
        {
          onSuccess: () => {
            notifications.show({ color: 'green', message: kind === 'return' ? tr('Đã trả lại nhiệm vụ.', 'Task sent back.') : tr('Đã hủy nhiệm vụ.', 'Task cancelled.') });
            onClose();
          },
        },
      ),
  );
  const errorOf = fieldErrors(m.error, localErrors);
  return (
    <form onSubmit={submit} noValidate>
      <MutationError error={m.error} onReload={onReload} />
      <Stack gap="sm">
        <Text size="sm">{task.title}</Text>
        <Textarea label={tr('Lý do', 'Reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={3} required error={errorOf('reason')} data-autofocus />
        <FormActions
          onCancel={onClose}
          busy={m.isPending}
          color={kind === 'cancel' ? 'red' : 'orange'}
          cancelLabel={tr('Đóng', 'Close')}
          submitLabel={kind === 'return' ? tr('Trả lại', 'Send back') : tr('Hủy nhiệm vụ', 'Cancel the task')}
        />
      </Stack>
    </form>
  );
}

function ExtensionForm({ task, actions, onClose }: FormProps) {
  const { tr } = useI18n();
  const m = actions.extension;
  const [requestedDueDate, setRequestedDueDate] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { localErrors, submit } = useCheckedSubmit(
    () => {
      const e: Record<string, string> = {};
      if (!isIsoDate(requestedDueDate)) e.requestedDueDate = tr('Nhập hạn mới theo dạng dd/mm/yyyy.', 'Type the new due date as dd/mm/yyyy.');
      else if (requestedDueDate <= task.dueDate) e.requestedDueDate = tr('Hạn mới phải sau hạn hiện tại.', 'The new due date must follow the current one.');
      if (!reason.trim()) e.reason = tr('Nhập lý do.', 'Type the reason.');
      return e;
    },
    () =>
      m.mutate(
        { requestedDueDate: requestedDueDate as string, reason: reason.trim() },
        {
          onSuccess: () => {
            notifications.show({ color: 'green', message: tr('Đã gửi đề nghị gia hạn.', 'Extension requested.') });
            onClose();
          },
        },
      ),
  );
  const errorOf = fieldErrors(m.error, localErrors);
  return (
    <form onSubmit={submit} noValidate>
      <MutationError error={m.error} />
      <Stack gap="sm">
        <Text size="sm">{tr(`Hạn hiện tại: ${formatDate(task.dueDate)}`, `Current due date: ${formatDate(task.dueDate)}`)}</Text>
        <DateField label={tr('Hạn mới đề nghị', 'Requested due date')} value={requestedDueDate} onChange={setRequestedDueDate} required error={errorOf('requestedDueDate')} />
        <Textarea label={tr('Lý do', 'Reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={3} required error={errorOf('reason')} />
        <FormActions onCancel={onClose} busy={m.isPending} submitLabel={tr('Gửi đề nghị', 'Send request')} />
      </Stack>
    </form>
  );
}

export function TaskActionModal({ modal, ...props }: FormProps & { modal: TaskModal }) {
  const { tr } = useI18n();
  const titles: Record<NonNullable<TaskModal>, string> = {
    progress: tr('Báo cáo tiến độ', 'Report progress'),
    assign: tr('Giao xuống cấp dưới', 'Assign to sub-units'),
    return: tr('Chưa đạt — trả lại', 'Not accepted — send back'),
    cancel: tr('Hủy nhiệm vụ', 'Cancel the task'),
    extension: tr('Xin gia hạn', 'Request an extension'),
  };
  return (
    <FormModal opened={modal !== null} onClose={props.onClose} title={modal ? titles[modal] : ''} size="lg" fullScreenOnPhone={modal === 'assign'}>
      {modal === 'progress' && <ProgressForm {...props} />}
      {modal === 'assign' && <AssignForm {...props} />}
      {(modal === 'return' || modal === 'cancel') && <ReasonForm {...props} kind={modal} />}
      {modal === 'extension' && <ExtensionForm {...props} />}
    </FormModal>
  );
}
