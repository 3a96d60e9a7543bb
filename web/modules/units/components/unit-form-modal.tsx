import { Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { UnitKind, UnitLevel } from '../../../../shared/units.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { FormActions } from '../../../ui/form-actions.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { fieldError } from '../../../ui/page.tsx';
import { type UnitDetail, unitKeys, useCreateUnit, useUnit, useUpdateUnit } from '../units.queries.ts';
import { useUnitOptions } from './unit-badges.tsx';
import { UnitSelect } from './unit-select.tsx';

interface Values {
  parentId: string | null;
  name: string;
  shortName: string;
  code: string;
  kind: UnitKind | '';
  level: UnitLevel | '';
  validFrom: string;
  validTo: string;
}

const emptyValues = (parentId: string | null, level: UnitLevel | ''): Values => ({
  parentId,
  name: '',
  shortName: '',
  code: '',
  kind: '',
  level,
  validFrom: '',
  validTo: '',
});

const valuesOf = (u: UnitDetail): Values => ({
  parentId: u.parentId,
  name: u.name,
  shortName: u.shortName ?? '',
  code: u.code ?? '',
  kind: u.kind,
  level: u.level,
  validFrom: u.validFrom ?? '',
  validTo: u.validTo ?? '',
});

/** The shared inputs of create and edit. Labels avoid each other's words, so "Cấp" or "Loại" find one input. */
function UnitFields({
  values,
  set,
  error,
  parentError,
  showParent,
  excludeParent,
}: {
  values: Values;
  set: <K extends keyof Values>(key: K, value: Values[K]) => void;
  error: unknown;
  parentError?: string;
  showParent: boolean;
  excludeParent?: string[];
}) {
  const { tr } = useI18n();
  const { kinds, levels } = useUnitOptions();
  // An empty choice reads "required", not the server's "not an allowed value".
  const choiceError = (field: 'kind' | 'level') => (fieldError(error, field) ? (values[field] === '' ? tr('Bắt buộc chọn.', 'Required.') : fieldError(error, field)) : undefined);
  const choose = { value: '', label: tr('— Chọn —', '— Choose —') };
  return (
    <Stack gap="sm">
      {showParent && (
        <UnitSelect
          label={tr('Trực thuộc', 'Parent unit')}
          description={tr('Đơn vị cấp trên trực tiếp', 'The unit directly above')}
          value={values.parentId}
          onChange={(id) => set('parentId', id)}
          error={parentError ?? fieldError(error, 'parentId')}
          required
          activeOnly
          exclude={excludeParent}
        />
      )}
      <TextInput
        label={tr('Tên đơn vị', 'Unit name')}
        value={values.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={fieldError(error, 'name')}
        required
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput label={tr('Tên viết tắt', 'Short name')} value={values.shortName} onChange={(e) => set('shortName', e.currentTarget.value)} error={fieldError(error, 'shortName')} />
        <TextInput label={tr('Ký hiệu', 'Code')} value={values.code} onChange={(e) => set('code', e.currentTarget.value)} error={fieldError(error, 'code')} />
        <NativeSelect label={tr('Loại', 'Kind')} data={[choose, ...kinds]} value={values.kind} onChange={(e) => set('kind', e.currentTarget.value as UnitKind | '')} error={choiceError('kind')} required />
        <NativeSelect label={tr('Cấp', 'Level')} data={[choose, ...levels]} value={values.level} onChange={(e) => set('level', e.currentTarget.value as UnitLevel | '')} error={choiceError('level')} required />
        <TextInput type="date" label={tr('Hiệu lực từ ngày', 'Valid from')} value={values.validFrom} onChange={(e) => set('validFrom', e.currentTarget.value)} error={fieldError(error, 'validFrom')} />
        <TextInput type="date" label={tr('Hiệu lực đến ngày', 'Valid until')} value={values.validTo} onChange={(e) => set('validTo', e.currentTarget.value)} error={fieldError(error, 'validTo')} />
      </SimpleGrid>
    </Stack>
  );
}

/** The fields create and edit send alike. */
const fieldsPayload = (v: Values) => ({
  name: v.name,
  shortName: v.shortName,
  code: v.code,
  kind: v.kind as UnitKind,
  level: v.level as UnitLevel,
  validFrom: v.validFrom,
  validTo: v.validTo,
});

function CreateUnitForm({ parentId, parentLevel, onClose }: { parentId: string | null; parentLevel: UnitLevel | ''; onClose: () => void }) {
  const { tr } = useI18n();
  const navigate = useNavigate();
  const create = useCreateUnit();
  const [values, setValues] = useState<Values>(() => emptyValues(parentId, parentLevel));
  const [parentError, setParentError] = useState<string | undefined>();
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!values.parentId) {
      setParentError(tr('Chọn đơn vị cấp trên.', 'Choose the parent unit.'));
      return;
    }
    setParentError(undefined);
    create.mutate(
      { parentId: values.parentId, ...fieldsPayload(values) },
      {
        onSuccess: (unit) => {
          notifications.show({ color: 'green', message: tr(`Đã thêm đơn vị “${unit.name}”.`, `Unit “${unit.name}” created.`) });
          onClose();
          void navigate({ to: '/units/$id', params: { id: unit.id } });
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <MutationError error={create.error} />
      <UnitFields values={values} set={set} error={create.error} parentError={parentError} showParent />
      <FormActions onCancel={onClose} busy={create.isPending} mt="md" />
    </form>
  );
}

function EditUnitForm({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const { tr } = useI18n();
  const qc = useQueryClient();
  const update = useUpdateUnit(unit.id);
  const [values, setValues] = useState<Values>(() => valuesOf(unit));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      {
        version: unit.version,
        ...(unit.abilities.move && values.parentId && values.parentId !== unit.parentId ? { parentId: values.parentId } : {}),
        ...fieldsPayload(values),
      },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: tr(`Đã lưu đơn vị “${saved.name}”.`, `Unit “${saved.name}” saved.`) });
          onClose();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      {/* Loads the latest version; the parent re-keys this form on the new version, which resets it. */}
      <MutationError error={update.error} onReload={() => qc.invalidateQueries({ queryKey: unitKeys.detail(unit.id) })} />
      <UnitFields values={values} set={set} error={update.error} showParent={unit.abilities.move} excludeParent={[unit.id]} />
      <FormActions onCancel={onClose} busy={update.isPending} mt="md" />
    </form>
  );
}

/** Create a unit (under a preset parent when given). */
export function CreateUnitModal({ opened, onClose, parentId = null }: { opened: boolean; onClose: () => void; parentId?: string | null }) {
  const { tr } = useI18n();
  const parent = useUnit(opened ? parentId : null);
  return (
    <Modal opened={opened} onClose={onClose} title={parentId ? tr('Thêm đơn vị trực thuộc', 'Add a sub-unit') : tr('Thêm đơn vị', 'Add a unit')} size="lg">
      {opened && (!parentId || parent.data || parent.isError) && (
        <CreateUnitForm key={parentId ?? 'none'} parentId={parentId} parentLevel={parent.data?.level ?? ''} onClose={onClose} />
      )}
    </Modal>
  );
}

/** Edit a unit; moving it under another parent when the user may. */
export function EditUnitModal({ opened, onClose, unit }: { opened: boolean; onClose: () => void; unit: UnitDetail }) {
  const { tr } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={tr('Sửa đơn vị', 'Edit unit')} size="lg">
      {opened && <EditUnitForm key={unit.version} unit={unit} onClose={onClose} />}
    </Modal>
  );
}
