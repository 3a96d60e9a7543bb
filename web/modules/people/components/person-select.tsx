import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { fetchPersons, peopleKeys, usePerson } from '../people.queries.ts';

interface Option {
  id: string;
  fullName: string;
  unitId: string;
  unitName: string | null;
}

/**
 * A searchable picker of people, searched on the server (diacritic-insensitive).
 * `onChange` also gives the chosen person, so forms can fill in name and unit.
 */
export function PersonSelect({
  label,
  value,
  onChange,
  error,
  description,
  placeholder,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null, person: Option | null) => void;
  error?: string | undefined;
  description?: string | undefined;
  placeholder?: string | undefined;
}) {
  const { tr } = useI18n();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [picked, setPicked] = useState<Option | null>(null);
  const params = { q, pageSize: 20 };
  const results = useQuery({ queryKey: peopleKeys.list(params), queryFn: () => fetchPersons(params), placeholderData: keepPreviousData });
  const needCurrent = !!value && picked?.id !== value && !results.data?.items.some((p) => p.id === value);
  const current = usePerson(needCurrent ? (value ?? undefined) : undefined);

  const options = new Map<string, Option>();
  if (picked && picked.id === value) options.set(picked.id, picked);
  if (current.data && current.data.id === value) options.set(current.data.id, current.data);
  for (const p of results.data?.items ?? []) options.set(p.id, p);

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? tr('Gõ tên để tìm', 'Type a name to search')}
      searchable
      clearable
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => {
        const person = id ? (options.get(id) ?? null) : null;
        setPicked(person);
        onChange(id, person);
      }}
      data={[...options.values()].map((p) => ({ value: p.id, label: p.fullName }))}
      filter={({ options: all }) => all}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed">
            {options.get(option.value)?.unitName ?? ''}
          </Text>
        </Stack>
      )}
      nothingFoundMessage={results.isFetching ? tr('Đang tìm…', 'Searching…') : tr('Không có cán bộ phù hợp', 'No matching person')}
      error={error}
    />
  );
}
