import { Checkbox, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { DocumentField } from '../../../../shared/documents.ts';
import type { TaskPriority, TaskProduct } from '../../../../shared/tasks.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DateField, isIsoDate } from '../../../ui/date-field.tsx';
import { FormActions, useCheckedSubmit } from '../../../ui/form-actions.tsx';
import { FormModal } from '../../../ui/form-modal.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { fieldErrors } from '../../../ui/page.tsx';
import { PersonSelect } from '../../people/index.ts';
import { UnitMultiSelect, UnitSelect } from '../../units/index.ts';
import { useCreateTask } from '../tasks.queries.ts';
import { TaskClassificationFields } from './task-fields.tsx';


function TaskForm({ programmeId, parentId, defaultUnitId, onClose }: { programmeId: string | null; parentId: string | null; defaultUnitId: string | null; onClose: () => void }) {
  const { tr } = useI18n();
  const create = useCreateTask();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [leadUnitId, setLeadUnitId] = useState<string | null>(defaultUnitId);
  const [cooperatorIds, setCooperatorIds] = useState<string[]>([]);
  const [responsiblePersonId, setResponsiblePersonId] = useState<string | null>(null);
  const [startDate, setStartDate] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [expectedProduct, setExpectedProduct] = useState<TaskProduct | null>(null);
  const [field, setField] = useState<DocumentField | null>(null);
  const [priority, setPriority] = useState<TaskPriority>('normal');
  const [isKey, setIsKey] = useState(false);

  const { localErrors, submit } = useCheckedSubmit(
    () => {
      const e: Record<string, string> = {};
      if (!title.trim()) e.title = tr('Nhập tên nhiệm vụ.', 'Type the task title.');
      if (!leadUnitId) e.leadUnitId = tr('Chọn đơn vị chủ trì.', 'Pick the lead unit.');
      if (!isIsoDate(dueDate)) e.dueDate = tr('Nhập hạn hoàn thành theo dạng dd/mm/yyyy.', 'Type the due date as dd/mm/yyyy.');
      if (startDate !== null && !isIsoDate(startDate)) e.startDate = tr('Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.', 'Not a valid date; type dd/mm/yyyy.');
      else if (startDate && isIsoDate(dueDate) && dueDate < startDate) e.dueDate = tr('Hạn hoàn thành phải sau ngày bắt đầu.', 'The due date must follow the start date.');
      return e;
    },
    () =>
      create.mutate(
        {
          programmeId,
          parentId,
          title: title.trim(),
          description: description.trim() || null,
          leadUnitId: leadUnitId as string,
          cooperatorIds: cooperatorIds.filter((c) => c !== leadUnitId),
          responsiblePersonId,
          startDate,
          dueDate: dueDate as string,
          expectedProduct,
          field,
          priority,
          isKey,
        },
        {
          onSuccess: () => {
            notifications.show({ color: 'green', message: tr('Đã thêm nhiệm vụ.', 'Task added.') });
            onClose();
          },
        },
      ),
  );
  const errorOf = fieldErrors(create.error, localErrors);
  return (
    <form onSubmit={submit} noValidate>
      <MutationError error={create.error} />
      <Stack gap="sm">
        <TextInput label={tr('Tên nhiệm vụ', 'Task title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required error={errorOf('title')} data-autofocus />
        <Textarea label={tr('Nội dung, yêu cầu', 'Description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} error={errorOf('description')} />
        <UnitSelect label={tr('Đơn vị chủ trì', 'Lead unit')} value={leadUnitId} onChange={setLeadUnitId} required activeOnly error={errorOf('leadUnitId')} />
        <UnitMultiSelect label={tr('Đơn vị phối hợp', 'Co-operating units')} value={cooperatorIds} onChange={setCooperatorIds} activeOnly exclude={leadUnitId ? [leadUnitId] : []} error={errorOf('cooperatorIds')} />
        <PersonSelect label={tr('Người chịu trách nhiệm', 'Responsible person')} value={responsiblePersonId} onChange={(id) => setResponsiblePersonId(id)} error={errorOf('responsiblePersonId')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateField label={tr('Ngày bắt đầu', 'Start date')} value={startDate} onChange={setStartDate} error={errorOf('startDate')} />
          <DateField label={tr('Hạn hoàn thành', 'Due date')} value={dueDate} onChange={setDueDate} required error={errorOf('dueDate')} />
          <TaskClassificationFields expectedProduct={expectedProduct} setExpectedProduct={setExpectedProduct} field={field} setField={setField} priority={priority} setPriority={setPriority} errorOf={errorOf} />
        </SimpleGrid>
        <Checkbox label={tr('Nhiệm vụ trọng tâm', 'Key task')} checked={isKey} onChange={(e) => setIsKey(e.currentTarget.checked)} />
        <FormActions onCancel={onClose} busy={create.isPending} submitLabel={tr('Thêm nhiệm vụ', 'Add task')} />
      </Stack>
    </form>
  );
}

export function TaskFormModal({
  opened,
  programmeId,
  parentId = null,
  defaultUnitId = null,
  onClose,
}: {
  opened: boolean;
  programmeId: string | null;
  parentId?: string | null;
  defaultUnitId?: string | null;
  onClose: () => void;
}) {
  const { tr } = useI18n();
  return (
    <FormModal opened={opened} onClose={onClose} title={tr('Thêm nhiệm vụ', 'Add a task')} size="lg">
      {opened && <TaskForm programmeId={programmeId} parentId={parentId} defaultUnitId={defaultUnitId} onClose={onClose} />}
    </FormModal>
  );
}
