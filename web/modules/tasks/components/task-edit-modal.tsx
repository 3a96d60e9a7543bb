import { Checkbox, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
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
import { UnitMultiSelect } from '../../units/index.ts';
import { type TaskDetail, useUpdateTask } from '../tasks.queries.ts';
import { isPriority, isProduct } from './task-bits.tsx';
import { isField, TaskClassificationFields } from './task-fields.tsx';


function EditForm({ task, onClose, onReload }: { task: TaskDetail; onClose: () => void; onReload: () => unknown }) {
  const { tr } = useI18n();
  const update = useUpdateTask(task.id);
  const [title, setTitle] = useState(task.title);
  const [description, setDescription] = useState(task.description ?? '');
  const [cooperatorIds, setCooperatorIds] = useState<string[]>(() => task.cooperators.map((c) => c.id));
  const [responsiblePersonId, setResponsiblePersonId] = useState<string | null>(task.responsiblePersonId);
  const [startDate, setStartDate] = useState<string | null>(task.startDate);
  const [dueDate, setDueDate] = useState<string | null>(task.dueDate);
  const [expectedProduct, setExpectedProduct] = useState<TaskProduct | null>(isProduct(task.expectedProduct) ? task.expectedProduct : null);
  const [field, setField] = useState<DocumentField | null>(isField(task.field) ? task.field : null);
  const [priority, setPriority] = useState<TaskPriority>(isPriority(task.priority) ? task.priority : 'normal');
  const [isKey, setIsKey] = useState(task.isKey);
  const [weight, setWeight] = useState<number | string>(task.weight);

  const { localErrors, submit } = useCheckedSubmit(
    () => {
      const e: Record<string, string> = {};
      if (!title.trim()) e.title = tr('Nhập tên nhiệm vụ.', 'Type the task title.');
      if (!isIsoDate(dueDate)) e.dueDate = tr('Nhập hạn hoàn thành theo dạng dd/mm/yyyy.', 'Type the due date as dd/mm/yyyy.');
      if (startDate !== null && !isIsoDate(startDate)) e.startDate = tr('Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.', 'Not a valid date; type dd/mm/yyyy.');
      else if (startDate && isIsoDate(dueDate) && dueDate < startDate) e.dueDate = tr('Hạn hoàn thành phải sau ngày bắt đầu.', 'The due date must follow the start date.');
      if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 1 || weight > 100) e.weight = tr('Nhập trọng số từ 1 đến 100.', 'Type a weight from 1 to 100.');
      return e;
    },
    () =>
      update.mutate(
        {
          version: task.version,
          title: title.trim(),
          description: description.trim() || null,
          cooperatorIds: cooperatorIds.filter((c) => c !== task.leadUnitId),
          responsiblePersonId,
          startDate,
          dueDate: dueDate as string,
          expectedProduct,
          field,
          priority,
          isKey,
          weight: weight as number,
          sourceDocumentId: task.sourceDocumentId,
          sourceNote: task.sourceNote,
        },
        {
          onSuccess: () => {
            notifications.show({ color: 'green', message: tr('Đã lưu nhiệm vụ.', 'Task saved.') });
            onClose();
          },
        },
      ),
  );
  const errorOf = fieldErrors(update.error, localErrors);
  return (
    <form onSubmit={submit} noValidate>
      <MutationError error={update.error} onReload={onReload} />
      <Stack gap="sm">
        <TextInput label={tr('Tên nhiệm vụ', 'Task title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required error={errorOf('title')} data-autofocus />
        <Textarea label={tr('Nội dung, yêu cầu', 'Description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} error={errorOf('description')} />
        <UnitMultiSelect label={tr('Đơn vị phối hợp', 'Co-operating units')} value={cooperatorIds} onChange={setCooperatorIds} activeOnly exclude={[task.leadUnitId]} error={errorOf('cooperatorIds')} />
        <PersonSelect label={tr('Người chịu trách nhiệm', 'Responsible person')} value={responsiblePersonId} onChange={(id) => setResponsiblePersonId(id)} error={errorOf('responsiblePersonId')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateField label={tr('Ngày bắt đầu', 'Start date')} value={startDate} onChange={setStartDate} error={errorOf('startDate')} />
          <DateField label={tr('Hạn hoàn thành', 'Due date')} value={dueDate} onChange={setDueDate} required error={errorOf('dueDate')} />
          <TaskClassificationFields expectedProduct={expectedProduct} setExpectedProduct={setExpectedProduct} field={field} setField={setField} priority={priority} setPriority={setPriority} errorOf={errorOf} />
          <NumberInput
            label={tr('Trọng số', 'Weight')}
            description={tr('Từ 1 đến 100; dùng khi tính tiến độ nhiệm vụ cấp trên.', 'From 1 to 100; used to roll up the parent’s progress.')}
            value={weight}
            onChange={setWeight}
            min={1}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            error={errorOf('weight')}
          />
        </SimpleGrid>
        <Checkbox label={tr('Nhiệm vụ trọng tâm', 'Key task')} checked={isKey} onChange={(e) => setIsKey(e.currentTarget.checked)} />
        <FormActions onCancel={onClose} busy={update.isPending} submitLabel={tr('Lưu', 'Save')} />
      </Stack>
    </form>
  );
}

export function TaskEditModal({ opened, task, onClose, onReload }: { opened: boolean; task: TaskDetail; onClose: () => void; onReload: () => unknown }) {
  const { tr } = useI18n();
  return (
    <FormModal opened={opened} onClose={onClose} title={tr('Sửa nhiệm vụ', 'Edit the task')} size="lg">
      {opened && <EditForm task={task} onClose={onClose} onReload={onReload} />}
    </FormModal>
  );
}
