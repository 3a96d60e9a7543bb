import { Select } from '@mantine/core';
import { DOCUMENT_FIELDS, type DocumentField } from '../../../../shared/documents.ts';
import { DOCUMENT_FIELD_LABELS } from '../../../../shared/labels.ts';
import { TASK_PRIORITIES, TASK_PRODUCTS, type TaskPriority, type TaskProduct } from '../../../../shared/tasks.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { isPriority, isProduct, PRIORITY_LABELS, PRODUCT_LABELS } from './task-bits.tsx';

export const isField = (v: string | null | undefined): v is DocumentField => !!v && (DOCUMENT_FIELDS as readonly string[]).includes(v);

interface Props {
  expectedProduct: TaskProduct | null;
  setExpectedProduct: (v: TaskProduct | null) => void;
  field: DocumentField | null;
  setField: (v: DocumentField | null) => void;
  priority: TaskPriority;
  setPriority: (v: TaskPriority) => void;
  errorOf: (name: string) => string | undefined;
}

/** Expected product, field and priority: the same three pickers in the create and edit forms. */
export function TaskClassificationFields({ expectedProduct, setExpectedProduct, field, setField, priority, setPriority, errorOf }: Props) {
  const { tr, label } = useI18n();
  return (
    <>
      <Select
        label={tr('Sản phẩm dự kiến', 'Expected product')}
        placeholder={tr('Chọn', 'Pick')}
        data={TASK_PRODUCTS.map((p) => ({ value: p, label: label(PRODUCT_LABELS[p]) }))}
        value={expectedProduct}
        onChange={(v) => setExpectedProduct(isProduct(v) ? v : null)}
        clearable
        error={errorOf('expectedProduct')}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={tr('Lĩnh vực', 'Field')}
        placeholder={tr('Chọn', 'Pick')}
        data={DOCUMENT_FIELDS.map((f) => ({ value: f, label: label(DOCUMENT_FIELD_LABELS[f]) }))}
        value={field}
        onChange={(v) => setField(isField(v) ? v : null)}
        clearable
        error={errorOf('field')}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={tr('Mức ưu tiên', 'Priority')}
        data={TASK_PRIORITIES.map((p) => ({ value: p, label: label(PRIORITY_LABELS[p]) }))}
        value={priority}
        onChange={(v) => isPriority(v) && setPriority(v)}
        allowDeselect={false}
        error={errorOf('priority')}
        comboboxProps={{ withinPortal: true }}
      />
    </>
  );
}
