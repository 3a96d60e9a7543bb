import { ActionIcon, Autocomplete, Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type DocumentKind, type IssuerCode, ISSUERS } from '../../../../shared/documents.ts';
import { AWARD_KINDS, type AwardKind } from '../../../../server/modules/text-extraction/core/types.ts';
import { foldVietnamese } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DateField, isIsoDate } from '../../../ui/date-field.tsx';
import { useCan } from '../../auth/auth.queries.ts';
import { useDocumentOptions } from '../../documents/components/document-bits.tsx';
import { UnitSelect } from '../../units/index.ts';
import type { AwardProposal, DocumentProposal, EventProposal, PersonProposal } from '../intake.queries.ts';

/** Field → message, for one proposal's inputs. */
export type Errors = Record<string, string>;

export interface DocDraft {
  ownerUnitId: string | null;
  kind: DocumentKind;
  number: string;
  symbol: string;
  issueDate: string | null;
  issuerCode: IssuerCode | null;
  issuerName: string;
  term: number | null;
  subject: string;
  note: string;
}

export interface PersonDraft {
  personId: string | null;
  fullName: string;
  unitId: string | null;
  positions: { title: string; unitId: string | null; startDate: string | null }[];
}

export interface AwardDraft {
  giver: string;
  kind: AwardKind | null;
  collectives: number | null;
  individuals: number | null;
  reason: string;
  awardDate: string | null;
}

export interface EventDraft {
  eventDate: string | null;
  title: string;
}

export const docDraftOf = (p: DocumentProposal): DocDraft => ({
  ownerUnitId: p.values.ownerUnitId ?? null,
  kind: p.values.kind,
  number: p.values.number,
  symbol: p.values.symbol ?? '',
  issueDate: p.values.issueDate ?? null,
  issuerCode: p.values.issuerCode ?? null,
  issuerName: p.values.issuerName,
  term: p.values.term ?? null,
  subject: p.values.subject,
  note: p.values.note ?? '',
});

export const personDraftOf = (p: PersonProposal): PersonDraft => ({
  personId: p.values.personId,
  fullName: p.values.fullName,
  unitId: p.values.unitId,
  positions: p.values.positions.map((x) => ({ title: x.title, unitId: x.unitId, startDate: x.startDate })),
});

export const awardDraftOf = (p: AwardProposal): AwardDraft => ({ ...p.values, reason: p.values.reason ?? '' });
export const eventDraftOf = (p: EventProposal): EventDraft => ({ ...p.values });

const NUMBER = /^[0-9]{1,6}[a-zA-Z]?$/u;

/** What still keeps a proposal from being accepted, by field, in the user's language. */
export function useDraftChecks() {
  const { tr } = useI18n();
  const required = tr('Bắt buộc nhập.', 'Required.');
  const badDate = tr('Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.', 'Not a valid date; type dd/mm/yyyy.');
  return {
    document: (d: DocDraft, central: boolean): Errors => {
      const e: Errors = {};
      if (!NUMBER.test(d.number.trim())) e.number = tr('Số văn bản gồm chữ số, ví dụ 19 hoặc 03.', 'A document number is digits, e.g. 19 or 03.');
      if (d.issueDate !== null && !isIsoDate(d.issueDate)) e.issueDate = badDate;
      else if (d.issueDate === null && d.term === null) e.issueDate = tr('Cần ngày ban hành hoặc khóa để phân biệt văn bản.', 'An issue date or a term is needed.');
      if (!d.issuerName.trim()) e.issuerName = tr('Nhập cơ quan ban hành.', 'Type the issuing body.');
      if (!d.subject.trim()) e.subject = tr('Nhập trích yếu.', 'Type the subject.');
      if (!central && !d.ownerUnitId) e.ownerUnitId = tr('Chọn đơn vị quản lý.', 'Choose the owner unit.');
      return e;
    },
    person: (p: PersonDraft): Errors => {
      const e: Errors = {};
      if (!p.fullName.trim()) e.fullName = required;
      if (!p.unitId) e.unitId = required;
      p.positions.forEach((pos, j) => {
        if (!pos.title.trim()) e[`positions.${j}.title`] = required;
        if (!pos.unitId) e[`positions.${j}.unitId`] = required;
      });
      return e;
    },
    award: (a: AwardDraft): Errors => {
      const e: Errors = {};
      if (!a.giver.trim()) e.giver = tr('Nhập cơ quan khen thưởng.', 'Type who gave the award.');
      if (!a.kind) e.kind = tr('Chọn hình thức khen thưởng.', 'Choose the kind of award.');
      if ((a.collectives ?? 0) + (a.individuals ?? 0) <= 0) e.collectives = tr('Cần số tập thể hoặc số cá nhân.', 'Give the number of collectives or individuals.');
      if (a.awardDate !== null && !isIsoDate(a.awardDate)) e.awardDate = badDate;
      return e;
    },
    event: (ev: EventDraft): Errors => {
      const e: Errors = {};
      if (!isIsoDate(ev.eventDate)) e.eventDate = ev.eventDate === null ? required : badDate;
      if (!ev.title.trim()) e.title = required;
      return e;
    },
  };
}

export function DocumentFields({ value, onChange, errors }: { value: DocDraft; onChange: (v: DocDraft) => void; errors: Errors }) {
  const { tr } = useI18n();
  const can = useCan();
  const options = useDocumentOptions();
  const set = <K extends keyof DocDraft>(k: K, v: DocDraft[K]) => onChange({ ...value, [k]: v });
  const central = value.ownerUnitId === null;
  return (
    <Stack gap="xs">
      {can('document.central') && (
        <Checkbox
          size="xs"
          label={tr('Văn bản Trung ương (không thuộc đơn vị nào)', 'Central document (belongs to no unit)')}
          checked={central}
          onChange={(e) => set('ownerUnitId', e.currentTarget.checked ? null : '')}
        />
      )}
      {!central && (
        <UnitSelect label={tr('Đơn vị quản lý', 'Owner unit')} value={value.ownerUnitId || null} onChange={(id) => set('ownerUnitId', id ?? '')} error={errors.ownerUnitId} required activeOnly />
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        <Select
          label={tr('Loại văn bản', 'Kind')}
          data={options.kinds}
          value={value.kind}
          onChange={(v) => v && set('kind', v as DocumentKind)}
          allowDeselect={false}
          searchable
          error={errors.kind}
          comboboxProps={{ withinPortal: true }}
        />
        <SimpleGrid cols={2} spacing="xs">
          <TextInput label={tr('Số', 'Number')} value={value.number} onChange={(e) => set('number', e.currentTarget.value)} error={errors.number} required />
          <NumberInput
            label={tr('Khóa', 'Term')}
            value={value.term ?? ''}
            onChange={(v) => set('term', typeof v === 'number' ? v : null)}
            min={1}
            max={30}
            allowDecimal={false}
            allowNegative={false}
            error={errors.term}
          />
        </SimpleGrid>
        <TextInput label={tr('Ký hiệu', 'Symbol')} placeholder="19-CT/TW" value={value.symbol} onChange={(e) => set('symbol', e.currentTarget.value)} error={errors.symbol} />
        <DateField label={tr('Ngày ban hành', 'Issue date')} value={value.issueDate} onChange={(v) => set('issueDate', v)} error={errors.issueDate} />
      </SimpleGrid>
      <Autocomplete
        label={tr('Cơ quan ban hành', 'Issuing body')}
        data={ISSUERS.map((i) => i.vi)}
        value={value.issuerName}
        onChange={(name) => {
          const known = ISSUERS.find((i) => foldVietnamese(i.vi) === foldVietnamese(name));
          onChange({ ...value, issuerName: name, issuerCode: known?.code ?? null });
        }}
        error={errors.issuerName}
        required
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea label={tr('Trích yếu', 'Subject')} value={value.subject} onChange={(e) => set('subject', e.currentTarget.value)} error={errors.subject} autosize minRows={1} maxRows={5} required />
      <Textarea label={tr('Ghi chú', 'Note')} value={value.note} onChange={(e) => set('note', e.currentTarget.value)} error={errors.note} autosize minRows={1} maxRows={3} />
    </Stack>
  );
}

export function PersonFields({ value, onChange, errors }: { value: PersonDraft; onChange: (v: PersonDraft) => void; errors: Errors }) {
  const { tr } = useI18n();
  const setPosition = (j: number, patch: Partial<PersonDraft['positions'][number]>) =>
    onChange({ ...value, positions: value.positions.map((p, k) => (k === j ? { ...p, ...patch } : p)) });
  return (
    <Stack gap="xs">
      {value.personId === null && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <TextInput label={tr('Họ và tên', 'Full name')} value={value.fullName} onChange={(e) => onChange({ ...value, fullName: e.currentTarget.value })} error={errors.fullName} required />
          <UnitSelect label={tr('Đơn vị', 'Unit')} value={value.unitId} onChange={(id) => onChange({ ...value, unitId: id })} error={errors.unitId} required activeOnly />
        </SimpleGrid>
      )}
      {value.positions.map((p, j) => (
        <Group key={j} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label={tr('Chức vụ', 'Title')}
            value={p.title}
            onChange={(e) => setPosition(j, { title: e.currentTarget.value })}
            error={errors[`positions.${j}.title`]}
            style={{ flex: 1 }}
            required
          />
          <div style={{ flex: 1 }}>
            <UnitSelect label={tr('Đơn vị công tác', 'Unit')} value={p.unitId} onChange={(id) => setPosition(j, { unitId: id })} error={errors[`positions.${j}.unitId`]} required activeOnly />
          </div>
          <ActionIcon
            variant="subtle"
            color="red"
            mt={26}
            aria-label={tr('Bỏ chức vụ này', 'Drop this title')}
            onClick={() => onChange({ ...value, positions: value.positions.filter((_p, k) => k !== j) })}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={12} />}
          onClick={() => onChange({ ...value, positions: [...value.positions, { title: '', unitId: value.unitId, startDate: null }] })}
        >
          {tr('Thêm chức vụ', 'Add a title')}
        </Button>
      </Group>
    </Stack>
  );
}

export function AwardFields({ value, onChange, errors }: { value: AwardDraft; onChange: (v: AwardDraft) => void; errors: Errors }) {
  const { tr } = useI18n();
  const set = <K extends keyof AwardDraft>(k: K, v: AwardDraft[K]) => onChange({ ...value, [k]: v });
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        <TextInput label={tr('Cơ quan khen thưởng', 'Given by')} value={value.giver} onChange={(e) => set('giver', e.currentTarget.value)} error={errors.giver} required />
        <Select
          label={tr('Hình thức', 'Kind')}
          data={AWARD_KINDS.map((k) => ({ value: k.code, label: k.label }))}
          value={value.kind}
          onChange={(v) => set('kind', v as AwardKind | null)}
          error={errors.kind}
          required
          comboboxProps={{ withinPortal: true }}
        />
        <NumberInput label={tr('Số tập thể', 'Collectives')} value={value.collectives ?? ''} onChange={(v) => set('collectives', typeof v === 'number' ? v : null)} min={0} allowDecimal={false} allowNegative={false} error={errors.collectives} />
        <NumberInput label={tr('Số cá nhân', 'Individuals')} value={value.individuals ?? ''} onChange={(v) => set('individuals', typeof v === 'number' ? v : null)} min={0} allowDecimal={false} allowNegative={false} error={errors.individuals} />
      </SimpleGrid>
      <Textarea label={tr('Thành tích, lý do', 'For')} value={value.reason} onChange={(e) => set('reason', e.currentTarget.value)} error={errors.reason} autosize minRows={1} maxRows={4} />
      <DateField label={tr('Ngày khen thưởng', 'Award date')} value={value.awardDate} onChange={(v) => set('awardDate', v)} error={errors.awardDate} />
    </Stack>
  );
}

export function EventFields({ value, onChange, errors }: { value: EventDraft; onChange: (v: EventDraft) => void; errors: Errors }) {
  const { tr } = useI18n();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
      <DateField label={tr('Ngày diễn ra', 'Date')} value={value.eventDate} onChange={(v) => onChange({ ...value, eventDate: v })} error={errors.eventDate} required />
      <TextInput label={tr('Tên sự kiện', 'Event')} value={value.title} onChange={(e) => onChange({ ...value, title: e.currentTarget.value })} error={errors.title} required />
    </SimpleGrid>
  );
}
