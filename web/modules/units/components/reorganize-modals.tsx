import { Alert, Group, List, Modal, NativeSelect, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { todayInVietnam } from '../../../../server/lib/dates.ts';
import type { UnitKind, UnitLevel } from '../../../../shared/units.ts';
import { formatDate } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { FormActions } from '../../../ui/form-actions.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { fieldError, fieldErrors } from '../../../ui/page.tsx';
import { type UnitDetail, unitKeys, useDissolveUnit, useMergeUnits, useUnit } from '../units.queries.ts';
import { useUnitOptions } from './unit-badges.tsx';
import { UnitMultiSelect, UnitSelect } from './unit-select.tsx';

function HistoryNotice() {
  const { tr } = useI18n();
  return (
    <Alert color="yellow" icon={<IconInfoCircle size={18} />} p="sm">
      <Text size="sm">
        {tr(
          'Đơn vị bị giải thể chuyển sang trạng thái “đã giải thể”, chỉ còn để xem; lịch sử và hồ sơ được giữ nguyên. Người dùng của đơn vị kế thừa (nếu có) sẽ xem và tiếp tục quản lý được các hồ sơ này.',
          'A dissolved unit becomes read-only; its history and records are kept. Users of the successor unit (if any) will see and manage these records.',
        )}
      </Text>
    </Alert>
  );
}

function ConfirmStep({ lines, confirmLabel, busy, onBack, onConfirm }: { lines: string[]; confirmLabel: string; busy: boolean; onBack: () => void; onConfirm: () => void }) {
  const { tr } = useI18n();
  return (
    <Stack gap="sm">
      <Alert color="red" icon={<IconAlertTriangle size={18} />} title={tr('Xác nhận thao tác', 'Please confirm')} role="alert">
        <List size="sm" spacing={4}>
          {lines.map((l) => (
            <List.Item key={l}>{l}</List.Item>
          ))}
        </List>
        <Text size="sm" mt="xs">
          {tr('Không thể hoàn tác thao tác này trên giao diện. Lịch sử vẫn được lưu đầy đủ.', 'This cannot be undone from the screen. The history is kept in full.')}
        </Text>
      </Alert>
      <FormActions onCancel={onBack} cancelLabel={tr('Quay lại', 'Back')} cancelDisabled={busy} onConfirm={onConfirm} submitLabel={confirmLabel} color="red" busy={busy} mt={0} />
    </Stack>
  );
}

function DissolveForm({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const { tr } = useI18n();
  const qc = useQueryClient();
  const dissolve = useDissolveUnit(unit.id);
  const [date, setDate] = useState(() => todayInVietnam(new Date()));
  const [successorId, setSuccessorId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const successor = useUnit(successorId);

  const toConfirm = (e: FormEvent) => {
    e.preventDefault();
    dissolve.reset();
    setStep('confirm');
  };
  const run = () =>
    dissolve.mutate(
      { version: unit.version, date, successorId, note },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: tr(`Đã giải thể “${unit.name}”.`, `“${unit.name}” dissolved.`) });
          onClose();
        },
        onError: () => setStep('form'),
      },
    );

  if (step === 'confirm')
    return (
      <ConfirmStep
        lines={[
          tr(`Giải thể đơn vị “${unit.name}” từ ngày ${formatDate(date)}.`, `Dissolve “${unit.name}” as of ${formatDate(date)}.`),
          successorId
            ? tr(`Đơn vị kế thừa: “${successor.data?.name ?? '…'}” — người dùng của đơn vị này sẽ xem được các hồ sơ.`, `Successor: “${successor.data?.name ?? '…'}” — its users will see the records.`)
            : tr('Không có đơn vị kế thừa.', 'No successor unit.'),
        ]}
        confirmLabel={tr('Xác nhận giải thể', 'Confirm dissolution')}
        busy={dissolve.isPending}
        onBack={() => setStep('form')}
        onConfirm={run}
      />
    );

  return (
    <form onSubmit={toConfirm} noValidate>
      <Stack gap="sm">
        <MutationError error={dissolve.error} onReload={() => qc.invalidateQueries({ queryKey: unitKeys.detail(unit.id) })} />
        <HistoryNotice />
        <TextInput type="date" label={tr('Ngày giải thể', 'Date of dissolution')} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={fieldError(dissolve.error, 'date')} required />
        <UnitSelect
          label={tr('Đơn vị kế thừa (không bắt buộc)', 'Successor unit (optional)')}
          description={tr('Bắt buộc nếu đơn vị còn đơn vị trực thuộc đang hoạt động.', 'Required when the unit still has active sub-units.')}
          value={successorId}
          onChange={setSuccessorId}
          error={fieldError(dissolve.error, 'successorId')}
          activeOnly
          exclude={[unit.id]}
        />
        <Textarea label={tr('Ghi chú (căn cứ quyết định…)', 'Note (decision reference…)')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldError(dissolve.error, 'note')} autosize minRows={2} maxRows={6} />
        <FormActions onCancel={onClose} submitLabel={tr('Giải thể…', 'Dissolve…')} color="red" disabled={!date} mt={0} />
      </Stack>
    </form>
  );
}

export function DissolveUnitModal({ opened, onClose, unit }: { opened: boolean; onClose: () => void; unit: UnitDetail }) {
  const { tr } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={tr(`Giải thể: ${unit.name}`, `Dissolve: ${unit.name}`)} size="lg">
      {opened && <DissolveForm key={unit.version} unit={unit} onClose={onClose} />}
    </Modal>
  );
}

function MergeForm({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const { tr } = useI18n();
  const navigate = useNavigate();
  const { kinds, levels } = useUnitOptions();
  const merge = useMergeUnits();
  const [others, setOthers] = useState<string[]>([]);
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [successorId, setSuccessorId] = useState<string | null>(null);
  const [parentId, setParentId] = useState<string | null>(unit.parentId);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind>(unit.kind);
  const [level, setLevel] = useState<UnitLevel>(unit.level);
  const [date, setDate] = useState(() => todayInVietnam(new Date()));
  const [note, setNote] = useState('');
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const [localError, setLocalError] = useState<Record<string, string>>({});
  const successor = useUnit(mode === 'existing' ? successorId : null);
  const err = fieldErrors(merge.error, localError);

  const toConfirm = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (mode === 'existing' && !successorId) problems.successorId = tr('Chọn đơn vị kế thừa.', 'Choose the successor unit.');
    if (mode === 'new' && !parentId) problems['newUnit.parentId'] = tr('Chọn đơn vị cấp trên của đơn vị mới.', 'Choose the new unit’s parent.');
    if (mode === 'new' && !name.trim()) problems['newUnit.name'] = tr('Nhập tên đơn vị mới.', 'Enter the new unit’s name.');
    if (!date) problems.date = tr('Nhập ngày sáp nhập.', 'Enter the date.');
    setLocalError(problems);
    if (Object.keys(problems).length > 0) return;
    merge.reset();
    setStep('confirm');
  };

  const run = () =>
    merge.mutate(
      {
        unitIds: [unit.id, ...others],
        ...(mode === 'existing' ? { successorId: successorId as string } : { newUnit: { parentId: parentId as string, name, kind, level } }),
        date,
        note,
      },
      {
        onSuccess: (res) => {
          notifications.show({
            color: 'green',
            message: tr(`Đã sáp nhập ${res.dissolved.length} đơn vị vào “${res.successor.name}”.`, `${res.dissolved.length} unit(s) merged into “${res.successor.name}”.`),
          });
          onClose();
          void navigate({ to: '/units/$id', params: { id: res.successor.id } });
        },
        onError: () => setStep('form'),
      },
    );

  if (step === 'confirm') {
    const successorName = mode === 'existing' ? (successor.data?.name ?? '…') : name.trim();
    return (
      <ConfirmStep
        lines={[
          tr(
            `Sáp nhập “${unit.name}”${others.length ? ` và ${others.length} đơn vị khác` : ''} từ ngày ${formatDate(date)}; các đơn vị này chuyển sang trạng thái đã giải thể.`,
            `Merge “${unit.name}”${others.length ? ` and ${others.length} other unit(s)` : ''} as of ${formatDate(date)}; they become dissolved.`,
          ),
          mode === 'existing'
            ? tr(`Đơn vị kế thừa: “${successorName}” — người dùng của đơn vị này sẽ xem được các hồ sơ.`, `Successor: “${successorName}” — its users will see the records.`)
            : tr(`Thành lập đơn vị mới “${successorName}” kế thừa các hồ sơ.`, `A new unit “${successorName}” is created and inherits the records.`),
        ]}
        confirmLabel={tr('Xác nhận sáp nhập', 'Confirm merger')}
        busy={merge.isPending}
        onBack={() => setStep('form')}
        onConfirm={run}
      />
    );
  }

  return (
    <form onSubmit={toConfirm} noValidate>
      <Stack gap="sm">
        <MutationError error={merge.error} />
        <HistoryNotice />
        <Text size="sm">
          {tr('Đơn vị sáp nhập:', 'Units merged:')} <b>{unit.name}</b>
        </Text>
        <UnitMultiSelect
          label={tr('Các đơn vị khác sáp nhập cùng', 'Other units merged with it')}
          value={others}
          onChange={setOthers}
          error={fieldError(merge.error, 'unitIds')}
          activeOnly
          exclude={[unit.id]}
        />
        <SegmentedControl
          fullWidth
          value={mode}
          onChange={(v) => setMode(v as 'existing' | 'new')}
          data={[
            { value: 'existing', label: tr('Vào đơn vị có sẵn', 'Into an existing unit') },
            { value: 'new', label: tr('Thành lập đơn vị mới', 'Into a new unit') },
          ]}
          aria-label={tr('Hình thức sáp nhập', 'Kind of merger')}
        />
        {mode === 'existing' ? (
          <UnitSelect
            label={tr('Đơn vị kế thừa', 'Successor unit')}
            value={successorId}
            onChange={setSuccessorId}
            error={err('successorId')}
            required
            activeOnly
            exclude={[unit.id, ...others]}
          />
        ) : (
          <Stack gap="sm">
            <UnitSelect
              label={tr('Đơn vị mới trực thuộc', 'Parent of the new unit')}
              value={parentId}
              onChange={setParentId}
              error={err('newUnit.parentId') ?? err('successorId')}
              required
              activeOnly
              exclude={[unit.id, ...others]}
            />
            <TextInput label={tr('Tên đơn vị mới', 'New unit name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={err('newUnit.name')} required />
            <Group grow align="flex-start" wrap="wrap">
              <NativeSelect label={tr('Loại', 'Kind')} data={kinds} value={kind} onChange={(e) => setKind(e.currentTarget.value as UnitKind)} error={err('newUnit.kind')} required miw={180} />
              <NativeSelect label={tr('Cấp', 'Level')} data={levels} value={level} onChange={(e) => setLevel(e.currentTarget.value as UnitLevel)} error={err('newUnit.level')} required miw={140} />
            </Group>
          </Stack>
        )}
        <TextInput type="date" label={tr('Ngày sáp nhập', 'Date of merger')} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={err('date')} required />
        <Textarea label={tr('Ghi chú (căn cứ quyết định…)', 'Note (decision reference…)')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={err('note')} autosize minRows={2} maxRows={6} />
        <FormActions onCancel={onClose} submitLabel={tr('Sáp nhập…', 'Merge…')} color="red" mt={0} />
      </Stack>
    </form>
  );
}

export function MergeUnitsModal({ opened, onClose, unit }: { opened: boolean; onClose: () => void; unit: UnitDetail }) {
  const { tr } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={tr(`Sáp nhập: ${unit.name}`, `Merge: ${unit.name}`)} size="lg">
      {opened && <MergeForm key={unit.version} unit={unit} onClose={onClose} />}
    </Modal>
  );
}
