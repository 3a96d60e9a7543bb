import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../../api/client.ts';
import { formatDate } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DateField, isIsoDate } from '../../../ui/date-field.tsx';
import { FormActions, useCheckedSubmit } from '../../../ui/form-actions.tsx';
import { FormModal } from '../../../ui/form-modal.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { fieldError } from '../../../ui/page.tsx';
import { type Position, useInvalidatePeople } from '../people.queries.ts';
import { checkPositionForm, emptyPositionForm, PositionFields, type PositionFormValues, positionPayload, positionToForm } from './position-fields.tsx';

export type PositionDialog =
  | { kind: 'add' }
  | { kind: 'edit'; position: Position }
  | { kind: 'end'; position: Position }
  | { kind: 'delete'; position: Position };

const todayInVietnam = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** Add, edit, end or delete a position of one person. */
export function PositionDialogs({
  dialog,
  onClose,
  personId,
  personUnitId,
  onReload,
}: {
  dialog: PositionDialog | null;
  onClose: () => void;
  personId: string;
  personUnitId: string;
  /** Fetch the person again (after a version conflict); resolves with the fresh positions. */
  onReload: () => Promise<Position[]>;
}) {
  const { tr } = useI18n();
  const title =
    dialog?.kind === 'add'
      ? tr('Thêm chức vụ', 'Add a position')
      : dialog?.kind === 'edit'
        ? tr('Sửa chức vụ', 'Edit the position')
        : dialog?.kind === 'end'
          ? tr('Kết thúc chức vụ', 'End the position')
          : tr('Xóa chức vụ', 'Delete the position');
  const form = dialog?.kind === 'add' || dialog?.kind === 'edit';
  return (
    <FormModal opened={!!dialog} onClose={onClose} title={title} size={form ? 'lg' : 'md'} fullScreenOnPhone={form}>
      {dialog?.kind === 'add' && <PositionForm personId={personId} initial={emptyPositionForm(personUnitId)} onDone={onClose} onCancel={onClose} onReload={onReload} />}
      {dialog?.kind === 'edit' && <PositionForm personId={personId} position={dialog.position} initial={positionToForm(dialog.position)} onDone={onClose} onCancel={onClose} onReload={onReload} />}
      {dialog?.kind === 'end' && <EndPosition position={dialog.position} onDone={onClose} onReload={onReload} />}
      {dialog?.kind === 'delete' && <DeletePosition position={dialog.position} onDone={onClose} onReload={onReload} />}
    </FormModal>
  );
}

function PositionForm({
  personId,
  position,
  initial,
  onDone,
  onCancel,
  onReload,
}: {
  personId: string;
  position?: Position;
  initial: PositionFormValues;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => Promise<Position[]>;
}) {
  const { tr } = useI18n();
  const invalidate = useInvalidatePeople();
  const [values, setValues] = useState(initial);
  const [version, setVersion] = useState(position?.version ?? 0);
  const mutation = useMutation({
    mutationFn: () =>
      position
        ? unwrap(api.positions[':id'].$put({ param: { id: position.id }, json: { ...positionPayload(values), version } }))
        : unwrap(api.persons[':id'].positions.$post({ param: { id: personId }, json: positionPayload(values) })),
    onSuccess: async (saved) => {
      await invalidate();
      notifications.show({ color: 'green', message: position ? tr(`Đã lưu chức vụ ${saved.title}.`, `Position ${saved.title} saved.`) : tr(`Đã thêm chức vụ ${saved.title}.`, `Position ${saved.title} added.`) });
      onDone();
    },
  });
  const reload = async () => {
    const fresh = (await onReload()).find((p) => p.id === position?.id);
    if (fresh) {
      setValues(positionToForm(fresh));
      setVersion(fresh.version);
    }
    mutation.reset();
  };
  const { localErrors, submit } = useCheckedSubmit(() => checkPositionForm(values, tr, { withUnit: true, withEnd: true }), () => mutation.mutate());
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <MutationError error={mutation.error} onReload={position ? reload : undefined} />
        <PositionFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} error={mutation.error} localErrors={localErrors} />
        <FormActions onCancel={onCancel} busy={mutation.isPending} />
      </Stack>
    </form>
  );
}

function EndPosition({ position, onDone, onReload }: { position: Position; onDone: () => void; onReload: () => Promise<Position[]> }) {
  const { tr } = useI18n();
  const invalidate = useInvalidatePeople();
  const [current, setCurrent] = useState(position);
  const [endDate, setEndDate] = useState<string | null>(todayInVietnam());
  const [localError, setLocalError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: () => unwrap(api.positions[':id'].$put({ param: { id: current.id }, json: { ...positionPayload(positionToForm(current)), endDate, version: current.version } })),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: tr(`Đã kết thúc chức vụ ${current.title}.`, `Position ${current.title} ended.`) });
      onDone();
    },
  });
  const reload = async () => {
    const fresh = (await onReload()).find((p) => p.id === current.id);
    if (fresh) setCurrent(fresh);
    mutation.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isIsoDate(endDate)) return setLocalError(tr('Nhập ngày kết thúc theo dạng dd/mm/yyyy.', 'Give the end date as dd/mm/yyyy.'));
    if (current.startDate && endDate < current.startDate) return setLocalError(tr('Ngày kết thúc phải sau ngày bắt đầu.', 'The end date must follow the start date.'));
    setLocalError(undefined);
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <MutationError error={mutation.error} onReload={reload} />
        <Text size="sm">
          {tr(`Ghi nhận ngày thôi giữ chức vụ "${current.title}"${current.unitName ? ` tại ${current.unitName}` : ''}. Chức vụ vẫn được lưu trong quá trình công tác.`, `Record the day "${current.title}"${current.unitName ? ` at ${current.unitName}` : ''} ended. The position stays in the career history.`)}
        </Text>
        {current.startDate && (
          <Text size="sm" c="dimmed">
            {tr('Ngày bắt đầu', 'Start date')}: {formatDate(current.startDate)}
          </Text>
        )}
        <DateField label={tr('Ngày kết thúc', 'End date')} value={endDate} onChange={setEndDate} error={localError ?? fieldError(mutation.error, 'endDate')} required data-autofocus />
        <FormActions onCancel={onDone} busy={mutation.isPending} submitLabel={tr('Kết thúc chức vụ', 'End the position')} />
      </Stack>
    </form>
  );
}

function DeletePosition({ position, onDone, onReload }: { position: Position; onDone: () => void; onReload: () => Promise<Position[]> }) {
  const { tr } = useI18n();
  const invalidate = useInvalidatePeople();
  const [current, setCurrent] = useState(position);
  const mutation = useMutation({
    mutationFn: () => unwrap(api.positions[':id'].$delete({ param: { id: current.id }, query: { version: String(current.version) } })),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: tr(`Đã xóa chức vụ ${current.title}.`, `Position ${current.title} deleted.`) });
      onDone();
    },
  });
  const reload = async () => {
    const fresh = (await onReload()).find((p) => p.id === current.id);
    if (fresh) setCurrent(fresh);
    else onDone();
    mutation.reset();
  };
  return (
    <Stack gap="sm">
      <MutationError error={mutation.error} onReload={reload} />
      <Text size="sm">
        {tr(
          `Xóa chức vụ "${current.title}"? Chỉ xóa khi nhập nhầm; nếu cán bộ thôi giữ chức vụ, hãy dùng "Kết thúc chức vụ" để giữ lại quá trình công tác.`,
          `Delete the position "${current.title}"? Delete only a mistaken entry; when the person left the post, use "End the position" to keep the history.`,
        )}
      </Text>
      <FormActions onCancel={onDone} onConfirm={() => mutation.mutate()} submitLabel={tr('Xóa', 'Delete')} color="red" busy={mutation.isPending} />
    </Stack>
  );
}
