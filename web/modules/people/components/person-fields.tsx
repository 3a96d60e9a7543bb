import { NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { GENDER_LABELS } from '../../../../shared/labels.ts';
import { GENDERS, type Gender } from '../../../../shared/units.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { fieldErrors } from '../../../ui/page.tsx';
import { UnitSelect } from '../../units/index.ts';
import type { PersonDetail } from '../people.queries.ts';
import { SensitiveLabel } from './sensitive-badge.tsx';

export interface PersonFormValues {
  unitId: string | null;
  fullName: string;
  gender: Gender | null;
  birthYear: number | string;
  ethnicity: string;
  religion: string;
  phone: string;
  email: string;
}

export const emptyPersonForm = (unitId: string | null): PersonFormValues => ({
  unitId,
  fullName: '',
  gender: null,
  birthYear: '',
  ethnicity: '',
  religion: '',
  phone: '',
  email: '',
});

export const personToForm = (p: PersonDetail): PersonFormValues => ({
  unitId: p.unitId,
  fullName: p.fullName,
  gender: p.gender,
  birthYear: p.birthYear ?? '',
  ethnicity: ('ethnicity' in p ? p.ethnicity : null) ?? '',
  religion: ('religion' in p ? p.religion : null) ?? '',
  phone: p.phone ?? '',
  email: p.email ?? '',
});

/** The request body; sensitive fields are sent only by users allowed to see them. */
export const personPayload = (v: PersonFormValues, sensitive: boolean) => ({
  unitId: v.unitId ?? '',
  fullName: v.fullName,
  gender: v.gender,
  birthYear: typeof v.birthYear === 'number' ? v.birthYear : null,
  ...(sensitive ? { ethnicity: v.ethnicity, religion: v.religion } : {}),
  phone: v.phone,
  email: v.email.trim(),
});

/** Client-side checks the server cannot phrase well (an empty unit picker). */
export const checkPersonForm = (v: PersonFormValues, tr: (vi: string, en: string) => string): Record<string, string> =>
  v.unitId ? {} : { unitId: tr('Chọn đơn vị.', 'Choose a unit.') };

export function PersonFields({
  values,
  onChange,
  error,
  localErrors = {},
  sensitive,
}: {
  values: PersonFormValues;
  onChange: (patch: Partial<PersonFormValues>) => void;
  error: unknown;
  localErrors?: Record<string, string>;
  sensitive: boolean;
}) {
  const { tr, label } = useI18n();
  const err = fieldErrors(error, localErrors);
  return (
    <Stack gap="sm">
      <UnitSelect label={tr('Đơn vị công tác', 'Unit')} value={values.unitId} onChange={(unitId) => onChange({ unitId })} error={err('unitId')} required activeOnly />
      <TextInput
        label={tr('Họ và tên', 'Full name')}
        value={values.fullName}
        onChange={(e) => onChange({ fullName: e.currentTarget.value })}
        error={err('fullName')}
        required
        autoComplete="off"
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Select
          label={tr('Giới tính', 'Gender')}
          placeholder={tr('Chưa rõ', 'Not given')}
          data={GENDERS.map((g) => ({ value: g, label: label(GENDER_LABELS[g]) }))}
          value={values.gender}
          onChange={(g) => onChange({ gender: (g as Gender | null) ?? null })}
          error={err('gender')}
          clearable
        />
        <NumberInput
          label={tr('Năm sinh', 'Birth year')}
          placeholder="1980"
          value={values.birthYear}
          onChange={(birthYear) => onChange({ birthYear })}
          error={err('birthYear')}
          min={1900}
          max={2100}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          hideControls
        />
        <TextInput label={tr('Điện thoại', 'Phone')} type="tel" autoComplete="off" value={values.phone} onChange={(e) => onChange({ phone: e.currentTarget.value })} error={err('phone')} />
        <TextInput label={tr('Thư điện tử', 'E-mail')} type="email" autoComplete="off" value={values.email} onChange={(e) => onChange({ email: e.currentTarget.value })} error={err('email')} />
      </SimpleGrid>
      {sensitive && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={<SensitiveLabel>{tr('Dân tộc', 'Ethnicity')}</SensitiveLabel>}
            value={values.ethnicity}
            onChange={(e) => onChange({ ethnicity: e.currentTarget.value })}
            error={err('ethnicity')}
            autoComplete="off"
          />
          <TextInput
            label={<SensitiveLabel>{tr('Tôn giáo', 'Religion')}</SensitiveLabel>}
            value={values.religion}
            onChange={(e) => onChange({ religion: e.currentTarget.value })}
            error={err('religion')}
            autoComplete="off"
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
