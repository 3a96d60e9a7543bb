import { Checkbox, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useI18n } from '../../../lib/i18n.tsx';
import { DateField, isIsoDate } from '../../../ui/date-field.tsx';
import { fieldErrors } from '../../../ui/page.tsx';
import { UnitSelect } from '../../units/index.ts';
import type { Position } from '../people.queries.ts';

export interface PositionFormValues {
  unitId: string | null;
  title: string;
  isHead: boolean;
  startDate: string | null;
  endDate: string | null;
}

export const emptyPositionForm = (unitId: string | null): PositionFormValues => ({ unitId, title: '', isHead: false, startDate: null, endDate: null });

export const positionToForm = (p: Position): PositionFormValues => ({
  unitId: p.unitId,
  title: p.title,
  isHead: p.isHead,
  startDate: p.startDate,
  endDate: p.endDate,
});

export const positionPayload = (v: PositionFormValues) => ({
  unitId: v.unitId ?? '',
  title: v.title,
  isHead: v.isHead,
  startDate: v.startDate,
  endDate: v.endDate,
});

export function checkPositionForm(v: PositionFormValues, tr: (vi: string, en: string) => string, opts: { withUnit: boolean; withEnd: boolean }) {
  const errors: Record<string, string> = {};
  const badDate = tr('Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.', 'Not a valid date; type dd/mm/yyyy.');
  if (opts.withUnit && !v.unitId) errors.unitId = tr('Chọn đơn vị.', 'Choose a unit.');
  if (v.startDate && !isIsoDate(v.startDate)) errors.startDate = badDate;
  if (opts.withEnd && v.endDate && !isIsoDate(v.endDate)) errors.endDate = badDate;
  if (isIsoDate(v.startDate) && isIsoDate(v.endDate) && v.endDate < v.startDate)
    errors.endDate = tr('Ngày kết thúc phải sau ngày bắt đầu.', 'The end date must follow the start date.');
  return errors;
}

/** Title, unit, head-of-unit flag and dates of a position. */
export function PositionFields({
  values,
  onChange,
  error,
  localErrors = {},
  withUnit = true,
  withEnd = true,
  titleRequired = true,
}: {
  values: PositionFormValues;
  onChange: (patch: Partial<PositionFormValues>) => void;
  error: unknown;
  localErrors?: Record<string, string>;
  withUnit?: boolean;
  withEnd?: boolean;
  titleRequired?: boolean;
}) {
  const { tr } = useI18n();
  const err = fieldErrors(error, localErrors);
  return (
    <Stack gap="sm">
      <TextInput
        label={tr('Chức vụ', 'Title')}
        placeholder={tr('Ví dụ: Trưởng ban, Phó Trưởng ban, Chuyên viên', 'e.g. Head of commission, Deputy head, Specialist')}
        value={values.title}
        onChange={(e) => onChange({ title: e.currentTarget.value })}
        error={err('title')}
        required={titleRequired}
        autoComplete="off"
      />
      {withUnit && <UnitSelect label={tr('Đơn vị', 'Unit')} value={values.unitId} onChange={(unitId) => onChange({ unitId })} error={err('unitId')} required activeOnly />}
      <Checkbox
        label={tr('Người đứng đầu', 'Head of unit')}
        description={tr('Mỗi đơn vị chỉ có một người đứng đầu đương nhiệm.', 'A unit has at most one current head.')}
        checked={values.isHead}
        onChange={(e) => onChange({ isHead: e.currentTarget.checked })}
        error={err('isHead')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateField label={tr('Ngày bắt đầu', 'Start date')} value={values.startDate} onChange={(startDate) => onChange({ startDate })} error={err('startDate')} />
        {withEnd && (
          <DateField
            label={tr('Ngày kết thúc', 'End date')}
            description={tr('Để trống nếu đang giữ chức vụ.', 'Leave empty while the position is held.')}
            value={values.endDate}
            onChange={(endDate) => onChange({ endDate })}
            error={err('endDate')}
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
