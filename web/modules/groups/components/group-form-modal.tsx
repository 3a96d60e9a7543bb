import { Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { GROUP_KIND_LABELS } from '../../../../shared/labels.ts';
import { GROUP_KINDS, type GroupKind } from '../../../../shared/units.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { FormActions } from '../../../ui/form-actions.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { fieldError } from '../../../ui/page.tsx';
import { useMe } from '../../auth/auth.queries.ts';
import { UnitMultiSelect, UnitSelect } from '../../units/index.ts';
import { type GroupDetail, groupKeys, useCreateGroup, useUpdateGroup } from '../groups.queries.ts';

interface Values {
  ownerUnitId: string | null;
  kind: GroupKind;
  name: string;
  year: number | string;
  note: string;
  memberIds: string[];
}

function GroupForm({ group, onClose }: { group?: GroupDetail; onClose: () => void }) {
  const { tr, label } = useI18n();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { data: me } = useMe();
  const create = useCreateGroup();
  const update = useUpdateGroup(group?.id ?? '');
  const mutation = group ? update : create;
  const [values, setValues] = useState<Values>(() =>
    group
      ? { ownerUnitId: group.ownerUnitId, kind: group.kind, name: group.name, year: group.year ?? '', note: group.note ?? '', memberIds: group.members.map((m) => m.id) }
      : { ownerUnitId: me?.unit?.id ?? null, kind: 'cluster', name: '', year: new Date().getFullYear(), note: '', memberIds: [] },
  );
  const [ownerError, setOwnerError] = useState<string | undefined>();
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const error = mutation.error;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!values.ownerUnitId) {
      setOwnerError(tr('Chọn đơn vị chủ trì.', 'Choose the owner unit.'));
      return;
    }
    setOwnerError(undefined);
    const body = {
      ownerUnitId: values.ownerUnitId,
      kind: values.kind,
      name: values.name,
      year: values.year === '' ? null : Number(values.year),
      note: values.note,
      memberIds: values.memberIds,
    };
    const done = (name: string) => notifications.show({ color: 'green', message: tr(`Đã lưu “${name}”.`, `“${name}” saved.`) });
    if (group)
      update.mutate(
        { version: group.version, ...body },
        {
          onSuccess: (saved) => {
            done(saved.name);
            onClose();
          },
        },
      );
    else
      create.mutate(body, {
        onSuccess: (saved) => {
          done(saved.name);
          onClose();
          void navigate({ to: '/groups/$id', params: { id: saved.id } });
        },
      });
  };

  return (
    <form onSubmit={submit} noValidate>
      <MutationError error={error} onReload={group ? () => qc.invalidateQueries({ queryKey: groupKeys.detail(group.id) }) : undefined} />
      <Stack gap="sm">
        <TextInput label={tr('Tên cụm, khối', 'Name')} value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={fieldError(error, 'name')} required data-autofocus />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NativeSelect
            label={tr('Loại', 'Kind')}
            data={GROUP_KINDS.map((k) => ({ value: k, label: label(GROUP_KIND_LABELS[k]) }))}
            value={values.kind}
            onChange={(e) => set('kind', e.currentTarget.value as GroupKind)}
            error={fieldError(error, 'kind')}
            required
          />
          <NumberInput label={tr('Năm', 'Year')} value={values.year} onChange={(v) => set('year', v)} min={2000} max={2100} allowDecimal={false} allowNegative={false} thousandSeparator={false} error={fieldError(error, 'year')} />
        </SimpleGrid>
        <UnitSelect label={tr('Đơn vị chủ trì', 'Owner unit')} value={values.ownerUnitId} onChange={(id) => set('ownerUnitId', id)} error={ownerError ?? fieldError(error, 'ownerUnitId')} required activeOnly />
        <UnitMultiSelect
          label={tr('Đơn vị thành viên', 'Member units')}
          value={values.memberIds}
          onChange={(ids) => set('memberIds', ids)}
          error={fieldError(error, 'memberIds')}
          known={group?.members}
          activeOnly
        />
        <Textarea label={tr('Ghi chú', 'Note')} value={values.note} onChange={(e) => set('note', e.currentTarget.value)} error={fieldError(error, 'note')} autosize minRows={2} maxRows={6} />
      </Stack>
      <FormActions onCancel={onClose} busy={mutation.isPending} mt="md" />
    </form>
  );
}

export function GroupFormModal({ opened, onClose, group }: { opened: boolean; onClose: () => void; group?: GroupDetail }) {
  const { tr } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={group ? tr('Sửa cụm, khối thi đua', 'Edit emulation group') : tr('Thêm cụm, khối thi đua', 'Add emulation group')} size="lg">
      {opened && <GroupForm key={group?.version ?? 'new'} group={group} onClose={onClose} />}
    </Modal>
  );
}
