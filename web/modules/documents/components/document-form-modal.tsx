import { Alert, Button, Checkbox, Divider, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconWand } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type ClipboardEvent, type FormEvent, useRef, useState } from 'react';
import { type DocumentField, type DocumentKind, type DocumentStatus, ISSUERS, type IssuerCode, toRoman } from '../../../../shared/documents.ts';
import { parseCitation } from '../../../../server/modules/documents/core/citation.ts';
import { ApiError } from '../../../api/client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { isIsoDate, DateField } from '../../../ui/date-field.tsx';
import { FormActions, useCheckedSubmit } from '../../../ui/form-actions.tsx';
import { FormModal } from '../../../ui/form-modal.tsx';
import { AnchorLink } from '../../../ui/links.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { fieldErrors } from '../../../ui/page.tsx';
import { useCan, useMe } from '../../auth/auth.queries.ts';
import { UnitSelect } from '../../units/index.ts';
import { type DocumentDetail, documentKeys, useCreateDocument, useUpdateDocument } from '../documents.queries.ts';
import { useDocumentOptions } from './document-bits.tsx';

interface Values {
  central: boolean;
  ownerUnitId: string | null;
  kind: DocumentKind | null;
  number: string;
  symbol: string;
  issueDate: string | null;
  issuerCode: IssuerCode | null;
  issuerName: string;
  term: number | string;
  subject: string;
  fields: DocumentField[];
  status: DocumentStatus;
  note: string;
}

const valuesOf = (d: DocumentDetail): Values => ({
  central: d.ownerUnitId === null,
  ownerUnitId: d.ownerUnitId,
  kind: d.kind,
  number: d.number,
  symbol: d.symbol ?? '',
  issueDate: d.issueDate,
  issuerCode: (ISSUERS.find((i) => i.code === d.issuerCode)?.code ?? null) as IssuerCode | null,
  issuerName: d.issuerName,
  term: d.term ?? '',
  subject: d.subject,
  fields: d.fields,
  status: d.status,
  note: d.note ?? '',
});

const emptyValues = (ownerUnitId: string | null): Values => ({
  central: false,
  ownerUnitId,
  kind: null,
  number: '',
  symbol: '',
  issueDate: null,
  issuerCode: null,
  issuerName: '',
  term: '',
  subject: '',
  fields: [],
  status: 'in_force',
  note: '',
});

const issuerVi = (code: IssuerCode | null) => (code ? (ISSUERS.find((i) => i.code === code)?.vi ?? '') : '');

/** "2015-07" → "07/2015"; "2015" → "2015". */
const partialDateText = (d: string) => (d.length === 7 ? `${d.slice(5, 7)}/${d.slice(0, 4)}` : d);

/** A 409 DUPLICATE: the server's message, and the way to the record that exists when the user may read it. */
function DuplicateAlert({ error, onOpen }: { error: ApiError; onOpen: () => void }) {
  const { tr } = useI18n();
  const existingId = typeof error.data?.existingId === 'string' ? error.data.existingId : null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={tr('Văn bản đã có trong sổ', 'Already registered')} role="alert" mb="md">
      <Text size="sm">{error.message}</Text>
      {existingId && (
        <AnchorLink to="/documents/$id" params={{ id: existingId }} size="sm" fw={500} mt="xs" display="inline-block" onClick={onOpen}>
          {tr('Mở văn bản đã có', 'Open the existing document')}
        </AnchorLink>
      )}
    </Alert>
  );
}

const isDuplicate = (e: unknown): e is ApiError => e instanceof ApiError && e.status === 409 && e.reason === 'DUPLICATE';

function DocumentForm({ doc, onClose }: { doc?: DocumentDetail; onClose: () => void }) {
  const { tr } = useI18n();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const can = useCan();
  const { data: me } = useMe();
  const options = useDocumentOptions();
  const create = useCreateDocument();
  const update = useUpdateDocument(doc?.id ?? '');
  const mutation = doc ? update : create;
  const error = mutation.error;
  const canCentral = can('document.central');
  const [values, setValues] = useState<Values>(() => (doc ? valuesOf(doc) : emptyValues(me?.unit?.status === 'active' ? me.unit.id : null)));
  const [citation, setCitation] = useState('');
  const [parsed, setParsed] = useState<{ ok: boolean; filled: string[]; partialDate: string | null } | null>(null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const fill = (text: string) => {
    const p = parseCitation(text);
    if (!p.kind && !p.number) {
      setParsed({ ok: false, filled: [], partialDate: null });
      return;
    }
    const filled: string[] = [];
    const next: Partial<Values> = {};
    if (p.kind) {
      next.kind = p.kind;
      filled.push(tr('Loại văn bản', 'Kind'));
    }
    if (p.number) {
      next.number = p.number;
      filled.push(tr('Số', 'Number'));
    }
    if (p.symbol) {
      next.symbol = p.symbol;
      filled.push(tr('Ký hiệu', 'Symbol'));
    }
    let partialDate: string | null = null;
    if (p.date && isIsoDate(p.date)) {
      next.issueDate = p.date;
      filled.push(tr('Ngày ban hành', 'Issue date'));
    } else if (p.date) {
      partialDate = p.date;
      // A full date already typed that agrees with the citation stays.
      if (!(values.issueDate && values.issueDate.startsWith(p.date))) next.issueDate = null;
    }
    if (p.issuer || p.issuerName) {
      next.issuerCode = p.issuer;
      next.issuerName = p.issuerName ?? issuerVi(p.issuer);
      filled.push(tr('Cơ quan ban hành', 'Issuing body'));
    }
    if (p.term) {
      next.term = p.term;
      filled.push(tr('Khóa', 'Term'));
    }
    if (p.subject) {
      next.subject = p.subject;
      filled.push(tr('Trích yếu', 'Subject'));
    }
    setValues((v) => ({ ...v, ...next }));
    setParsed({ ok: true, filled, partialDate });
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    if (!pasted.trim()) return;
    const el = e.currentTarget;
    const text = el.value.slice(0, el.selectionStart) + pasted + el.value.slice(el.selectionEnd);
    fill(text);
  };

  const check = () => {
    const errors: Record<string, string> = {};
    const required = tr('Bắt buộc.', 'Required.');
    if (!values.central && !values.ownerUnitId) errors.ownerUnitId = tr('Chọn đơn vị quản lý.', 'Choose the owner unit.');
    if (!values.kind) errors.kind = tr('Chọn loại văn bản.', 'Choose the kind.');
    if (!values.number.trim()) errors.number = required;
    if (!values.issuerName.trim()) errors.issuerName = tr('Nhập hoặc chọn cơ quan ban hành.', 'Type or choose the issuing body.');
    if (!values.subject.trim()) errors.subject = required;
    if (values.issueDate !== null && !isIsoDate(values.issueDate)) errors.issueDate = tr('Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.', 'Not a valid date; type dd/mm/yyyy.');
    else if (values.issueDate === null && values.term === '')
      errors.issueDate = tr('Cần ngày ban hành hoặc khóa để phân biệt văn bản.', 'An issue date or a term is needed to tell documents apart.');
    return errors;
  };

  const formRef = useRef<HTMLFormElement>(null);
  /** The form is long: bring the first field in error (else the error message) into view. */
  const revealProblem = () =>
    window.setTimeout(() => {
      const el = formRef.current?.querySelector('[aria-invalid="true"]') ?? formRef.current?.querySelector('[role="alert"]');
      el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }, 50);
  const { localErrors, submit: checkedSubmit } = useCheckedSubmit(check, () => {
    const body = {
      ownerUnitId: values.central ? null : values.ownerUnitId,
      kind: values.kind as DocumentKind,
      number: values.number.trim(),
      symbol: values.symbol.trim() || null,
      issueDate: values.issueDate,
      issuerCode: values.issuerCode,
      issuerName: values.issuerName,
      term: values.term === '' ? null : Number(values.term),
      subject: values.subject,
      fields: values.fields,
      status: values.status,
      note: values.note.trim() || null,
    };
    const done = (citationText: string) => notifications.show({ color: 'green', message: tr(`Đã lưu: ${citationText}`, `Saved: ${citationText}`) });
    if (doc)
      update.mutate(
        { version: doc.version, ...body },
        {
          onSuccess: (saved) => {
            done(saved.citation);
            onClose();
          },
          onError: revealProblem,
        },
      );
    else
      create.mutate(body, {
        onSuccess: (saved) => {
          done(saved.citation);
          onClose();
          void navigate({ to: '/documents/$id', params: { id: saved.id } });
        },
        onError: revealProblem,
      });
  });
  const submit = (e: FormEvent) => {
    checkedSubmit(e);
    if (Object.keys(check()).length > 0) revealProblem();
  };
  const errorOf = fieldErrors(error, localErrors);
  const term = typeof values.term === 'number' && values.term >= 1 && values.term <= 30 ? values.term : null;

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={tr('Dán trích dẫn', 'Paste a citation')}
          description={tr('Dán câu trích dẫn văn bản; phần mềm tự điền các ô bên dưới để bạn kiểm tra lại.', 'Paste the citation as written; the fields below are filled in for you to check.')}
          placeholder={tr('Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận…', 'Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư…')}
          value={citation}
          onChange={(e) => setCitation(e.currentTarget.value)}
          onPaste={onPaste}
          autosize
          minRows={3}
          maxRows={8}
          data-autofocus={doc ? undefined : true}
          styles={{ input: { fontSize: 'var(--mantine-font-size-md)' } }}
        />
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Button variant="light" leftSection={<IconWand size={16} />} onClick={() => fill(citation)} disabled={!citation.trim()}>
            {tr('Điền từ trích dẫn', 'Fill from the citation')}
          </Button>
        </Group>
        {parsed &&
          (parsed.ok ? (
            <Alert color="teal" variant="light" p="xs" data-testid="citation-parsed">
              <Text size="sm">
                {parsed.filled.length > 0
                  ? tr(`Đã điền: ${parsed.filled.join(', ')}. Kiểm tra lại trước khi lưu.`, `Filled in: ${parsed.filled.join(', ')}. Check before saving.`)
                  : tr('Không có gì để điền.', 'Nothing to fill in.')}
              </Text>
            </Alert>
          ) : (
            <Alert color="orange" variant="light" p="xs">
              <Text size="sm">
                {tr(
                  'Không nhận ra trích dẫn văn bản. Cần có loại và số, ví dụ “Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư”.',
                  'No document citation recognised. It needs a kind and a number, e.g. “Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư”.',
                )}
              </Text>
            </Alert>
          ))}
        <Divider />
        {canCentral && (
          <Checkbox
            label={tr('Văn bản Trung ương (không thuộc đơn vị nào)', 'Central document (belongs to no unit)')}
            checked={values.central}
            onChange={(e) => set('central', e.currentTarget.checked)}
          />
        )}
        {!values.central && (
          <UnitSelect
            label={tr('Đơn vị quản lý', 'Owner unit')}
            description={tr('Đơn vị đăng ký và quản lý văn bản trong sổ', 'The unit that registers and keeps the document')}
            value={values.ownerUnitId}
            onChange={(id) => set('ownerUnitId', id)}
            error={errorOf('ownerUnitId')}
            required
            activeOnly
          />
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={tr('Loại văn bản', 'Kind')}
            data={options.kinds}
            value={values.kind}
            onChange={(v) => set('kind', v as DocumentKind | null)}
            error={errorOf('kind')}
            searchable
            required
            placeholder={tr('— Chọn —', '— Choose —')}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={tr('Tình trạng hiệu lực', 'Status')}
            data={options.statuses}
            value={values.status}
            onChange={(v) => set('status', (v as DocumentStatus | null) ?? 'in_force')}
            error={errorOf('status')}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="sm">
          <TextInput label={tr('Số', 'Number')} value={values.number} onChange={(e) => set('number', e.currentTarget.value)} error={errorOf('number')} required inputMode="numeric" />
          <TextInput label={tr('Ký hiệu', 'Symbol')} placeholder="19-CT/TW" value={values.symbol} onChange={(e) => set('symbol', e.currentTarget.value)} error={errorOf('symbol')} />
          <DateField
            label={tr('Ngày ban hành', 'Issue date')}
            value={values.issueDate}
            onChange={(v) => set('issueDate', v)}
            error={errorOf('issueDate')}
            description={
              parsed?.partialDate
                ? tr(
                    `Trích dẫn chỉ ghi ${parsed.partialDate.length === 4 ? 'năm' : 'tháng'} ${partialDateText(parsed.partialDate)}: nhập ngày đầy đủ nếu biết, hoặc để trống và ghi khóa.`,
                    `The citation gives only ${partialDateText(parsed.partialDate)}: type the full date if known, or leave it empty and give the term.`,
                  )
                : undefined
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            style={{ gridColumn: parsed?.partialDate ? '1 / -1' : undefined }}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={tr('Cơ quan ban hành', 'Issuing body')}
            data={options.issuers}
            value={values.issuerCode}
            onChange={(v) => {
              const code = v as IssuerCode | null;
              setValues((prev) => ({ ...prev, issuerCode: code, issuerName: code ? issuerVi(code) : prev.issuerName }));
            }}
            error={errorOf('issuerCode')}
            searchable
            clearable
            placeholder={tr('Khác — gõ tên bên cạnh', 'Other — type the name')}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label={tr('Tên cơ quan ban hành', 'Name of the issuing body')}
            value={values.issuerName}
            onChange={(e) => set('issuerName', e.currentTarget.value)}
            error={errorOf('issuerName')}
            required
          />
        </SimpleGrid>
        <NumberInput
          label={tr('Khóa', 'Term')}
          description={tr('Ví dụ 12 = khóa XII', 'E.g. 12 = term XII')}
          value={values.term}
          onChange={(v) => set('term', v)}
          min={1}
          max={30}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          error={errorOf('term')}
          rightSection={
            term ? (
              <Text size="sm" c="dimmed" fw={500} data-testid="term-roman">
                {toRoman(term)}
              </Text>
            ) : null
          }
          rightSectionWidth={56}
          maw={220}
        />
        <Textarea label={tr('Trích yếu', 'Subject')} value={values.subject} onChange={(e) => set('subject', e.currentTarget.value)} error={errorOf('subject')} required autosize minRows={2} maxRows={6} />
        <MultiSelect
          label={tr('Lĩnh vực', 'Fields')}
          data={options.fields}
          value={values.fields}
          onChange={(v) => set('fields', v as DocumentField[])}
          error={errorOf('fields')}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea label={tr('Ghi chú', 'Note')} value={values.note} onChange={(e) => set('note', e.currentTarget.value)} error={errorOf('note')} autosize minRows={2} maxRows={6} />
      </Stack>
      {/* Next to the save button: the form is long and its top is scrolled away when the answer comes. */}
      <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
        {isDuplicate(error) ? (
          <DuplicateAlert error={error} onOpen={onClose} />
        ) : (
          <MutationError error={error} onReload={doc ? () => qc.invalidateQueries({ queryKey: documentKeys.detail(doc.id) }) : undefined} />
        )}
      </div>
      <FormActions onCancel={onClose} busy={mutation.isPending} mt={0} />
    </form>
  );
}

export function DocumentFormModal({ opened, onClose, doc }: { opened: boolean; onClose: () => void; doc?: DocumentDetail }) {
  const { tr } = useI18n();
  return (
    <FormModal opened={opened} onClose={onClose} title={doc ? tr('Sửa văn bản', 'Edit document') : tr('Đăng ký văn bản', 'Register a document')} size="lg">
      {opened && <DocumentForm key={doc?.version ?? 'new'} doc={doc} onClose={onClose} />}
    </FormModal>
  );
}
