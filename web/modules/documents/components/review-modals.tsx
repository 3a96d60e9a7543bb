import { Checkbox, Modal, NumberInput, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { todayInVietnam } from '../../../../server/lib/dates.ts';
import { REVIEW_KIND_LABELS, type ReviewKind } from '../../../../shared/labels.ts';
import { formatDate } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DateField, isIsoDate } from '../../../ui/date-field.tsx';
import { FormActions, useCheckedSubmit } from '../../../ui/form-actions.tsx';
import { FormModal } from '../../../ui/form-modal.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { fieldErrors } from '../../../ui/page.tsx';
import { useAddMilestone, useCompleteMilestone } from '../documents.queries.ts';
import { DocumentSelect } from './document-select.tsx';

export interface CompleteTarget {
  milestoneId: string;
  /** What is being recorded: "Sơ kết 5 năm — Kết luận số 03-KL/TW…". */
  title: string;
  documentId: string;
  /** The unit that held the review. */
  unitId: string;
  unitName?: string | undefined;
}

function CompleteForm({ target, onClose }: { target: CompleteTarget; onClose: () => void }) {
  const { tr } = useI18n();
  const complete = useCompleteMilestone();
  const [doneDate, setDoneDate] = useState<string | null>(() => todayInVietnam(new Date()));
  const [reportRef, setReportRef] = useState('');
  const [reportDocumentId, setReportDocumentId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const { localErrors, submit } = useCheckedSubmit(
    () => {
      const errors: Record<string, string> = {};
      if (!isIsoDate(doneDate)) errors.doneDate = tr('Nhập ngày thực hiện theo dạng dd/mm/yyyy.', 'Type the date held as dd/mm/yyyy.');
      return errors;
    },
    () =>
      complete.mutate(
        { milestoneId: target.milestoneId, unitId: target.unitId, doneDate: doneDate as string, reportRef: reportRef.trim() || null, reportDocumentId, note: note.trim() || null },
        {
          onSuccess: () => {
            notifications.show({ color: 'green', message: tr(`Đã ghi nhận: ${target.title}`, `Recorded: ${target.title}`) });
            onClose();
          },
        },
      ),
  );
  const errorOf = fieldErrors(complete.error, localErrors);
  return (
    <form onSubmit={submit} noValidate>
      <MutationError error={complete.error} />
      <Stack gap="sm">
        <Text size="sm">{target.title}</Text>
        {target.unitName && (
          <Text size="sm" c="dimmed">
            {tr(`Đơn vị thực hiện: ${target.unitName}`, `Unit: ${target.unitName}`)}
          </Text>
        )}
        <DateField label={tr('Ngày thực hiện', 'Date held')} value={doneDate} onChange={setDoneDate} error={errorOf('doneDate')} required maw={220} />
        <TextInput
          label={tr('Báo cáo', 'Report')}
          description={tr('Số, ký hiệu báo cáo sơ kết, tổng kết (nếu có)', 'Number and symbol of the review report, if any')}
          placeholder={tr('Báo cáo số 125-BC/BDVTU ngày 20/5/2021', 'e.g. Báo cáo số 125-BC/BDVTU')}
          value={reportRef}
          onChange={(e) => setReportRef(e.currentTarget.value)}
          error={errorOf('reportRef')}
        />
        <DocumentSelect
          label={tr('Văn bản báo cáo trong sổ (không bắt buộc)', 'Report document in the registry (optional)')}
          value={reportDocumentId}
          onChange={setReportDocumentId}
          exclude={[target.documentId]}
          error={errorOf('reportDocumentId')}
        />
        <Textarea label={tr('Ghi chú', 'Note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errorOf('note')} autosize minRows={2} maxRows={5} />
      </Stack>
      <FormActions onCancel={onClose} busy={complete.isPending} submitLabel={tr('Ghi nhận', 'Record')} mt="md" />
    </form>
  );
}

/** Records that a unit held a review: date, report reference, optional report document. */
export function CompleteMilestoneModal({ target, onClose }: { target: CompleteTarget | null; onClose: () => void }) {
  const { tr } = useI18n();
  return (
    <FormModal opened={!!target} onClose={onClose} title={tr('Ghi nhận đã thực hiện', 'Record as done')} size="lg">
      {target && <CompleteForm key={target.milestoneId} target={target} onClose={onClose} />}
    </FormModal>
  );
}

function AddMilestoneForm({
  documentId,
  issueDate,
  canDocumentWide,
  ownUnitId,
  onClose,
}: {
  documentId: string;
  issueDate: string | null;
  canDocumentWide: boolean;
  ownUnitId: string | null;
  onClose: () => void;
}) {
  const { tr, label } = useI18n();
  const add = useAddMilestone(documentId);
  const [kind, setKind] = useState<ReviewKind>('interim');
  const [mode, setMode] = useState<'years' | 'date'>(issueDate ? 'years' : 'date');
  const [years, setYears] = useState<number | string>(5);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [ownOnly, setOwnOnly] = useState(!canDocumentWide);
  const { localErrors, submit } = useCheckedSubmit(
    () => {
      const errors: Record<string, string> = {};
      if (mode === 'years' && !(typeof years === 'number' && years >= 1 && years <= 30)) errors.yearsAfter = tr('Từ 1 đến 30 năm.', 'From 1 to 30 years.');
      if (mode === 'date' && !isIsoDate(dueDate)) errors.dueDate = tr('Nhập ngày theo dạng dd/mm/yyyy.', 'Type the date as dd/mm/yyyy.');
      return errors;
    },
    () =>
      add.mutate(
        {
          kind,
          yearsAfter: mode === 'years' ? Number(years) : null,
          dueDate: mode === 'date' ? dueDate : null,
          label: text.trim() || null,
          unitId: ownOnly ? ownUnitId : null,
        },
        {
          onSuccess: (m) => {
            notifications.show({ color: 'green', message: tr(`Đã thêm mốc ngày ${formatDate(m.dueDate)}.`, `Milestone added for ${formatDate(m.dueDate)}.`) });
            onClose();
          },
        },
      ),
  );
  const errorOf = fieldErrors(add.error, localErrors);
  return (
    <form onSubmit={submit} noValidate>
      <MutationError error={add.error} />
      <Stack gap="sm">
        <SegmentedControl
          aria-label={tr('Loại mốc', 'Kind of milestone')}
          value={kind}
          onChange={(v) => setKind(v as ReviewKind)}
          data={(['interim', 'final', 'other'] as const).map((k) => ({ value: k, label: label(REVIEW_KIND_LABELS[k]) }))}
        />
        <SegmentedControl
          aria-label={tr('Cách tính hạn', 'How the date is set')}
          value={mode}
          onChange={(v) => setMode(v as 'years' | 'date')}
          data={[
            { value: 'years', label: tr('Số năm sau ban hành', 'Years after issue'), disabled: !issueDate },
            { value: 'date', label: tr('Ngày cụ thể', 'Explicit date') },
          ]}
        />
        {mode === 'years' ? (
          <NumberInput
            label={tr('Số năm sau ngày ban hành', 'Years after the issue date')}
            description={issueDate ? tr(`Ngày ban hành: ${formatDate(issueDate)}`, `Issued ${formatDate(issueDate)}`) : undefined}
            value={years}
            onChange={setYears}
            min={1}
            max={30}
            allowDecimal={false}
            allowNegative={false}
            error={errorOf('yearsAfter')}
            maw={220}
          />
        ) : (
          <DateField label={tr('Ngày đến hạn', 'Due date')} value={dueDate} onChange={setDueDate} error={errorOf('dueDate')} maw={220} />
        )}
        <TextInput
          label={tr('Tên mốc (không bắt buộc)', 'Label (optional)')}
          placeholder={tr('Sơ kết 3 năm thực hiện…', '3-year interim review of…')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errorOf('label')}
        />
        <Checkbox
          label={tr('Chỉ cho đơn vị của tôi', 'For my unit only')}
          description={
            canDocumentWide
              ? tr('Bỏ chọn để mốc áp dụng cho mọi đơn vị thực hiện văn bản.', 'Untick to make it a milestone for every implementing unit.')
              : tr('Bạn không quản lý văn bản này nên mốc chỉ áp dụng cho đơn vị của bạn.', 'You do not manage this document, so the milestone is for your unit only.')
          }
          checked={ownOnly}
          disabled={!canDocumentWide || !ownUnitId}
          onChange={(e) => setOwnOnly(e.currentTarget.checked)}
        />
      </Stack>
      <FormActions onCancel={onClose} busy={add.isPending} submitLabel={tr('Thêm mốc', 'Add milestone')} mt="md" />
    </form>
  );
}

export function AddMilestoneModal({
  opened,
  onClose,
  ...props
}: {
  opened: boolean;
  onClose: () => void;
  documentId: string;
  issueDate: string | null;
  canDocumentWide: boolean;
  ownUnitId: string | null;
}) {
  const { tr } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={tr('Thêm mốc sơ kết, tổng kết', 'Add a review milestone')} size="md">
      {opened && <AddMilestoneForm {...props} onClose={onClose} />}
    </Modal>
  );
}
