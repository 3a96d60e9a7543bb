import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { PERIOD_TYPES, type PeriodType } from '../../../../shared/tasks.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { FormActions, useCheckedSubmit } from '../../../ui/form-actions.tsx';
import { FormModal } from '../../../ui/form-modal.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { fieldErrors } from '../../../ui/page.tsx';
import { useMe } from '../../auth/auth.queries.ts';
import { UnitSelect } from '../../units/index.ts';
import { useCreateProgramme } from '../tasks.queries.ts';
import { isPeriodType, PERIOD_TYPE_LABELS } from './task-bits.tsx';

const PERIOD_MAX: Record<PeriodType, number> = { year: 0, half: 2, quarter: 4, month: 12 };

/** "Chương trình công tác năm 2024", "… quý II năm 2024"… */
export function suggestTitle(periodType: PeriodType, year: number, periodNo: number | null, lang: 'vi' | 'en'): string {
  const roman = ['I', 'II', 'III', 'IV'];
  if (lang === 'en') {
    const p = periodType === 'year' ? '' : periodType === 'half' ? `H${periodNo} ` : periodType === 'quarter' ? `Q${periodNo} ` : `month ${periodNo} of `;
    return `Work programme for ${p}${year}`;
  }
  const p =
    periodType === 'year'
      ? ''
      : periodType === 'half'
        ? `6 tháng ${periodNo === 1 ? 'đầu' : 'cuối'} `
        : periodType === 'quarter'
          ? `quý ${roman[(periodNo ?? 1) - 1] ?? periodNo} `
          : `tháng ${periodNo} `;
  return `Chương trình công tác ${p}năm ${year}`;
}

function ProgrammeForm({ year: initialYear, onClose }: { year: number; onClose: () => void }) {
  const { tr, label, lang } = useI18n();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const create = useCreateProgramme();
  const [ownerUnitId, setOwnerUnitId] = useState<string | null>(me?.scopeRootId ?? null);
  const [periodType, setPeriodType] = useState<PeriodType>('year');
  const [year, setYear] = useState<number | string>(initialYear);
  const [periodNo, setPeriodNo] = useState<number | string>('');
  const [title, setTitle] = useState(() => suggestTitle('year', initialYear, null, lang));
  const [titleTouched, setTitleTouched] = useState(false);
  const [note, setNote] = useState('');

  const retitle = (pt: PeriodType, y: number | string, no: number | string) => {
    if (!titleTouched && typeof y === 'number') setTitle(suggestTitle(pt, y, typeof no === 'number' ? no : null, lang));
  };

  const { localErrors, submit } = useCheckedSubmit(
    () => {
      const e: Record<string, string> = {};
      if (!ownerUnitId) e.ownerUnitId = tr('Chọn đơn vị ban hành chương trình.', 'Pick the owner unit.');
      if (typeof year !== 'number' || year < 2000 || year > 2100) e.year = tr('Năm không hợp lệ.', 'Invalid year.');
      if (periodType !== 'year' && (typeof periodNo !== 'number' || periodNo < 1 || periodNo > PERIOD_MAX[periodType]))
        e.periodNo = tr(`Kỳ từ 1 đến ${PERIOD_MAX[periodType]}.`, `Period from 1 to ${PERIOD_MAX[periodType]}.`);
      if (!title.trim()) e.title = tr('Nhập tên chương trình.', 'Type the title.');
      return e;
    },
    () =>
      create.mutate(
        {
          ownerUnitId: ownerUnitId as string,
          periodType,
          year: year as number,
          periodNo: periodType === 'year' ? null : (periodNo as number),
          title: title.trim(),
          note: note.trim() || null,
        },
        {
          onSuccess: (p) => {
            notifications.show({ color: 'green', message: tr('Đã tạo chương trình.', 'Programme created.') });
            onClose();
            void navigate({ to: '/programmes/$id', params: { id: p.id } });
          },
        },
      ),
  );
  const errorOf = fieldErrors(create.error, localErrors);
  return (
    <form onSubmit={submit} noValidate>
      <MutationError error={create.error} />
      <Stack gap="sm">
        <UnitSelect label={tr('Đơn vị ban hành', 'Owner unit')} value={ownerUnitId} onChange={setOwnerUnitId} error={errorOf('ownerUnitId')} required activeOnly />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <Select
            label={tr('Loại kỳ', 'Period type')}
            data={PERIOD_TYPES.map((p) => ({ value: p, label: label(PERIOD_TYPE_LABELS[p]) }))}
            value={periodType}
            onChange={(v) => {
              if (!isPeriodType(v)) return;
              setPeriodType(v);
              const no = v === 'year' ? '' : periodNo;
              setPeriodNo(no);
              retitle(v, year, no);
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <NumberInput
            label={tr('Năm', 'Year')}
            value={year}
            onChange={(v) => {
              setYear(v);
              retitle(periodType, v, periodNo);
            }}
            min={2000}
            max={2100}
            allowDecimal={false}
            thousandSeparator={false}
            required
            error={errorOf('year')}
          />
          <NumberInput
            label={tr('Kỳ số', 'Period no.')}
            value={periodNo}
            onChange={(v) => {
              setPeriodNo(v);
              retitle(periodType, year, v);
            }}
            min={1}
            max={PERIOD_MAX[periodType] || 1}
            allowDecimal={false}
            disabled={periodType === 'year'}
            placeholder={periodType === 'year' ? tr('Không áp dụng', 'n/a') : `1–${PERIOD_MAX[periodType]}`}
            error={errorOf('periodNo')}
          />
        </SimpleGrid>
        <TextInput
          label={tr('Tên chương trình', 'Title')}
          value={title}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setTitleTouched(true);
          }}
          required
          error={errorOf('title')}
        />
        <Textarea label={tr('Ghi chú', 'Note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} error={errorOf('note')} />
        <FormActions onCancel={onClose} busy={create.isPending} submitLabel={tr('Tạo chương trình', 'Create programme')} />
      </Stack>
    </form>
  );
}

export function ProgrammeFormModal({ opened, year, onClose }: { opened: boolean; year: number; onClose: () => void }) {
  const { tr } = useI18n();
  return (
    <FormModal opened={opened} onClose={onClose} title={tr('Tạo chương trình công tác', 'New work programme')} size="lg">
      {opened && <ProgrammeForm year={year} onClose={onClose} />}
    </FormModal>
  );
}
