import { type ComboboxItem, type ComboboxLikeRenderOptionInput, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { useDocumentSearch } from '../documents.queries.ts';

interface DocumentOption extends ComboboxItem {
  subject?: string;
}

/** The server searches (diacritic-insensitive); the combobox shows its answer as is. */
const passThrough = ({ options }: { options: ComboboxItem[] | unknown[] }) => options as ComboboxItem[];

const shortCitation = (citation: string, subject: string | null) => {
  // The list's citation ends with " về <subject>": keep the head for the option line.
  const tail = subject ? ` về ${subject}` : '';
  return tail && citation.endsWith(tail) ? citation.slice(0, -tail.length) : citation;
};

/** A searchable select of the readable documents, backed by `GET /api/documents?q=`. */
export function DocumentSelect({
  label,
  value,
  onChange,
  exclude,
  error,
  description,
  required,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  exclude?: string[];
  error?: string | undefined;
  description?: string;
  required?: boolean;
}) {
  const { tr } = useI18n();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<DocumentOption | null>(null);
  const [debounced] = useDebouncedValue(search, 250);
  const current = picked && picked.value === value ? picked : null;
  const results = useDocumentSearch({ q: debounced === current?.label ? '' : debounced, pageSize: 20 });
  const options: DocumentOption[] = (results.data?.items ?? [])
    .filter((d) => !exclude?.includes(d.id))
    .map((d) => ({ value: d.id, label: shortCitation(d.citation, d.subject), subject: d.subject }));
  if (current && !options.some((o) => o.value === current.value)) options.unshift(current);

  const renderOption = ({ option }: ComboboxLikeRenderOptionInput<ComboboxItem>) => {
    const o = option as DocumentOption;
    return (
      <div>
        <Text size="sm">{o.label}</Text>
        {o.subject && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {o.subject}
          </Text>
        )}
      </div>
    );
  };

  return (
    <Select
      label={label}
      description={description}
      placeholder={tr('Gõ số, ký hiệu hoặc trích yếu, không cần dấu…', 'Type a number, symbol or subject, accents optional…')}
      data={options}
      value={value}
      onChange={(v, option) => {
        setPicked(option ? (option as DocumentOption) : null);
        onChange(v);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={passThrough}
      renderOption={renderOption}
      nothingFoundMessage={results.isFetching ? tr('Đang tìm…', 'Searching…') : tr('Không có văn bản phù hợp', 'No matching document')}
      error={error}
      required={required}
      clearable
      maxDropdownHeight={300}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
