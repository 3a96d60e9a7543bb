import { Autocomplete, Button, Collapse, Group, NumberInput, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFilter } from '@tabler/icons-react';
import { useState } from 'react';
import { DOCUMENT_FIELDS, DOCUMENT_KIND_CODES, DOCUMENT_STATUSES, type DocumentField, type DocumentKind, type DocumentStatus, ISSUERS } from '../../../../shared/documents.ts';
import { DOCUMENT_FIELD_LABELS } from '../../../../shared/labels.ts';
import { foldVietnamese, formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { FilterBar, ListFooter, ListResults, UrlSearchInput } from '../../../ui/list.tsx';
import { AddButton, ErrorAlert, PageHeader } from '../../../ui/page.tsx';
import { useUrlSearch, useUrlSearchText } from '../../../ui/url-search.ts';
import { useCan } from '../../auth/auth.queries.ts';
import { CatalogueBadge, DocumentLink, DocumentStatusBadge, useDocumentOptions } from '../components/document-bits.tsx';
import { DocumentFormModal } from '../components/document-form-modal.tsx';
import { type DocumentListItem, type DocumentScope, useDocumentSearch } from '../documents.queries.ts';

const PAGE_SIZE = 20;

const oneOf = <T extends string>(list: readonly T[], v: string | undefined): T | undefined => (v && (list as readonly string[]).includes(v) ? (v as T) : undefined);

/** A typed issuer name that is one of the well-known bodies filters by its code; any other text searches names. */
const issuerQuery = (text: string | undefined): string | undefined => {
  const t = text?.trim();
  if (!t) return undefined;
  const folded = foldVietnamese(t);
  return ISSUERS.find((i) => foldVietnamese(i.vi) === folded || foldVietnamese(i.en) === folded)?.code ?? t;
};

function DocumentRow({ d }: { d: DocumentListItem }) {
  const { label } = useI18n();
  return (
    <Paper withBorder px="sm" py={10} radius="sm">
      <DocumentLink id={d.id} fw={500} display="block" style={{ lineHeight: 1.45 }}>
        {d.citation}
      </DocumentLink>
      <Group gap={6} mt={6} wrap="wrap">
        <DocumentStatusBadge status={d.status} />
        {d.fromCatalogue && <CatalogueBadge />}
        {d.fields.length > 0 && (
          <Text size="xs" c="dimmed">
            {d.fields.map((f) => label(DOCUMENT_FIELD_LABELS[f])).join(' · ')}
          </Text>
        )}
      </Group>
    </Paper>
  );
}

function IssuerFilter({ search }: { search: ReturnType<typeof useUrlSearch> }) {
  const { tr } = useI18n();
  const [text, setText] = useUrlSearchText(search, 'issuer');
  return (
    <Autocomplete
      label={tr('Cơ quan ban hành', 'Issuing body')}
      placeholder={tr('Chọn hoặc gõ tên', 'Pick or type a name')}
      data={ISSUERS.map((i) => i.vi)}
      value={text}
      onChange={setText}
      clearable
      w={{ base: '100%', xs: 260 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function DocumentsPage() {
  const { tr, lang } = useI18n();
  const can = useCan();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const options = useDocumentOptions();
  const search = useUrlSearch('/documents');
  const { page } = search;
  const q = search.get('q') ?? '';
  const kind = oneOf<DocumentKind>(DOCUMENT_KIND_CODES, search.get('kind'));
  const issuer = search.get('issuer');
  const yearText = search.get('year');
  const year = yearText && /^\d{4}$/u.test(yearText) ? Number(yearText) : undefined;
  const field = oneOf<DocumentField>(DOCUMENT_FIELDS, search.get('field'));
  const status = oneOf<DocumentStatus>(DOCUMENT_STATUSES, search.get('status'));
  const scope = oneOf<DocumentScope>(['all', 'central', 'own'], search.get('scope')) ?? 'all';
  const creating = search.get('new') === '1' && can('document.write');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [yearInput, setYearInput] = useState<string | number>(year ?? '');
  const [seenYear, setSeenYear] = useState(year);
  if (seenYear !== year) {
    setSeenYear(year);
    setYearInput(year ?? '');
  }

  const { data, error, isLoading, isFetching } = useDocumentSearch({ q, kind, issuer: issuerQuery(issuer), year, field, status, scope, page, pageSize: PAGE_SIZE });
  const setFilter = (patch: Record<string, string | undefined>) => void search.set({ ...patch, page: undefined });
  const activeFilters = [kind, issuer, year, field, status].filter(Boolean).length;
  const filtering = !!(q || activeFilters || scope !== 'all');

  const secondary = (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={tr('Loại văn bản', 'Kind')}
        placeholder={tr('Tất cả', 'All')}
        data={options.kinds}
        value={kind ?? null}
        onChange={(v) => setFilter({ kind: v ?? undefined })}
        clearable
        searchable
        w={{ base: '100%', xs: 200 }}
        comboboxProps={{ withinPortal: true }}
      />
      <IssuerFilter search={search} />
      <NumberInput
        label={tr('Năm ban hành', 'Year issued')}
        placeholder={tr('Mọi năm', 'Any year')}
        value={yearInput}
        onChange={(v) => {
          setYearInput(v);
          if (v === '') setFilter({ year: undefined });
          else if (typeof v === 'number' && v >= 1930 && v <= 2100) setFilter({ year: String(v) });
        }}
        min={1930}
        max={2100}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator={false}
        w={{ base: '100%', xs: 130 }}
      />
      <Select
        label={tr('Lĩnh vực', 'Field')}
        placeholder={tr('Tất cả', 'All')}
        data={options.fields}
        value={field ?? null}
        onChange={(v) => setFilter({ field: v ?? undefined })}
        clearable
        w={{ base: '100%', xs: 220 }}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={tr('Tình trạng', 'Status')}
        placeholder={tr('Tất cả', 'All')}
        data={options.statuses}
        value={status ?? null}
        onChange={(v) => setFilter({ status: v ?? undefined })}
        clearable
        w={{ base: '100%', xs: 180 }}
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={tr('Văn bản', 'Documents')}
        subtitle={tr('Văn bản Trung ương và văn bản của các đơn vị trong phạm vi của bạn.', 'Central documents and the documents of the units in your scope.')}
        actions={can('document.write') && <AddButton onClick={() => void search.set({ new: 1 })}>{tr('Đăng ký văn bản', 'Register a document')}</AddButton>}
      />

      <FilterBar>
        <UrlSearchInput
          search={search}
          label={tr('Tìm văn bản', 'Find documents')}
          placeholder={tr('Số, ký hiệu, trích yếu — không cần dấu: "ket luan 114"', 'Number, symbol, subject — accents optional: "ket luan 114"')}
          fetching={isFetching}
          style={{ flex: '1 1 280px' }}
        />
        <Stack gap={4} w={isPhone ? '100%' : undefined}>
          <Text size="sm" fw={500} id="doc-scope-label">
            {tr('Phạm vi', 'Scope')}
          </Text>
          <SegmentedControl
            aria-labelledby="doc-scope-label"
            value={scope}
            onChange={(v) => setFilter({ scope: v === 'all' ? undefined : v })}
            data={[
              { value: 'all', label: tr('Tất cả', 'All') },
              { value: 'central', label: tr('Văn bản Trung ương', 'Central') },
              { value: 'own', label: tr('Của đơn vị tôi', 'My units') },
            ]}
            fullWidth={!!isPhone}
            orientation={isPhone ? 'vertical' : 'horizontal'}
          />
        </Stack>
        {isPhone ? (
          <Stack gap="xs" w="100%">
            <Button variant="default" size="xs" leftSection={<IconFilter size={14} />} onClick={() => setFiltersOpen((o) => !o)} style={{ alignSelf: 'flex-start' }}>
              {tr('Bộ lọc khác', 'More filters')}
              {activeFilters > 0 ? ` (${activeFilters})` : ''}
            </Button>
            <Collapse expanded={filtersOpen}>{secondary}</Collapse>
          </Stack>
        ) : (
          secondary
        )}
      </FilterBar>

      <ErrorAlert error={error} />

      <ListResults
        loading={isLoading}
        empty={data?.items.length === 0}
        emptyText={filtering ? tr('Không có văn bản nào phù hợp.', 'No matching documents.') : tr('Chưa có văn bản nào.', 'No documents yet.')}
      >
        {data && (
          <Stack gap="xs" data-testid="document-list" style={{ opacity: isFetching ? 0.7 : 1 }}>
            {data.items.map((d) => (
              <DocumentRow key={d.id} d={d} />
            ))}
          </Stack>
        )}
      </ListResults>

      {data && (
        <ListFooter
          summary={tr(`Tổng số: ${formatNumber(data.total, lang)} văn bản`, `${formatNumber(data.total, lang)} documents in total`)}
          total={data.total}
          pageSize={PAGE_SIZE}
          page={page}
          onChange={search.setPage}
        />
      )}

      <DocumentFormModal opened={creating} onClose={() => void search.set({ new: undefined })} />
    </Stack>
  );
}
