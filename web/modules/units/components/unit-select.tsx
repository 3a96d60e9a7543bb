import { Group, MultiSelect, Select, Text } from '@mantine/core';
import type { ComboboxItem, ComboboxLikeRenderOptionInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { UNIT_LEVEL_LABELS } from '../../../../shared/labels.ts';
import type { UnitLevel, UnitStatus } from '../../../../shared/units.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useUnit, useUnitSearch } from '../units.queries.ts';

interface KnownUnit {
  id: string;
  name: string;
  shortName?: string | null;
  level?: UnitLevel;
  status?: UnitStatus;
}

interface UnitOption extends ComboboxItem {
  level?: UnitLevel;
  shortName?: string | null;
  status?: UnitStatus;
}

const toOption = (u: KnownUnit): UnitOption => ({ value: u.id, label: u.name, level: u.level, shortName: u.shortName, status: u.status });

/** The server searches (diacritic-insensitive); the combobox shows its answer as is. */
const passThrough = ({ options }: { options: ComboboxItem[] | unknown[] }) => options as ComboboxItem[];

function useOptionRenderer() {
  const { tr, label } = useI18n();
  return ({ option }: ComboboxLikeRenderOptionInput<ComboboxItem>) => {
    const o = option as UnitOption;
    const extra = [o.shortName, o.level ? label(UNIT_LEVEL_LABELS[o.level]) : null, o.status === 'dissolved' ? tr('đã giải thể', 'dissolved') : null]
      .filter(Boolean)
      .join(' · ');
    return (
      <Group gap={6} wrap="nowrap">
        <div>
          <Text size="sm" c={o.status === 'dissolved' ? 'dimmed' : undefined}>
            {o.label}
          </Text>
          {extra && (
            <Text size="xs" c="dimmed">
              {extra}
            </Text>
          )}
        </div>
      </Group>
    );
  };
}

/** What the single and the multiple unit pickers take alike. */
interface UnitPickerProps {
  label: string;
  error?: string;
  required?: boolean;
  /** Offer only units that are still active. */
  activeOnly?: boolean;
  /** Units never offered (e.g. the unit being edited). */
  exclude?: string[];
  description?: string;
  placeholder?: string;
}

export interface UnitSelectProps extends UnitPickerProps {
  value: string | null;
  onChange: (id: string | null) => void;
  disabled?: boolean;
  clearable?: boolean;
}

/** A searchable select of the units in the user's scope, backed by `GET /api/units?q=`. */
export function UnitSelect({ label, value, onChange, error, required, activeOnly, exclude, description, placeholder, disabled, clearable = true }: UnitSelectProps) {
  const { tr } = useI18n();
  const renderOption = useOptionRenderer();
  const [picked, setPicked] = useState<UnitOption | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // The chosen unit's name: from the pick, or (for a preset value) asked for by id.
  const pickedCurrent = picked && picked.value === value ? picked : undefined;
  const detail = useUnit(value && !pickedCurrent ? value : null);
  const current = pickedCurrent ?? (detail.data && detail.data.id === value ? toOption(detail.data) : undefined);
  // While the box just shows the chosen unit's name, list everything instead of searching for that name.
  const results = useUnitSearch({ q: debounced === current?.label ? '' : debounced, status: activeOnly ? 'active' : undefined, pageSize: 20 });

  const options: UnitOption[] = (results.data?.items ?? []).filter((u) => !exclude?.includes(u.id)).map(toOption);
  if (current && !options.some((o) => o.value === current.value)) options.unshift(current);

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? tr('Gõ để tìm đơn vị…', 'Type to search units…')}
      data={options}
      value={value}
      onChange={(v, option) => {
        setPicked(option ? (option as UnitOption) : null);
        onChange(v);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={passThrough}
      renderOption={renderOption}
      nothingFoundMessage={results.isFetching ? tr('Đang tìm…', 'Searching…') : tr('Không có đơn vị phù hợp', 'No matching unit')}
      error={error}
      required={required}
      disabled={disabled}
      clearable={clearable}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export interface UnitMultiSelectProps extends UnitPickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
  /** Names of units already chosen (e.g. current members), so their pills read well at once. */
  known?: KnownUnit[];
}

/** A searchable multi-select of units, backed by the same search endpoint. */
export function UnitMultiSelect({ label, value, onChange, error, required, activeOnly, exclude, description, placeholder, known: initial }: UnitMultiSelectProps) {
  const { tr } = useI18n();
  const renderOption = useOptionRenderer();
  const [picked, setPicked] = useState<Record<string, UnitOption>>({});
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const results = useUnitSearch({ q: debounced, status: activeOnly ? 'active' : undefined, pageSize: 20 });

  const options: UnitOption[] = (results.data?.items ?? []).filter((u) => !exclude?.includes(u.id)).map(toOption);
  for (const id of value) {
    const known = picked[id] ?? initial?.find((u) => u.id === id);
    if (known && !options.some((o) => o.value === id)) options.push('value' in known ? known : toOption(known));
  }
  const change = (ids: string[]) => {
    const next = { ...picked };
    for (const o of options) if (ids.includes(o.value)) next[o.value] = o;
    setPicked(next);
    onChange(ids);
  };

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length ? undefined : (placeholder ?? tr('Gõ để tìm đơn vị…', 'Type to search units…'))}
      data={options}
      value={value}
      onChange={change}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={passThrough}
      renderOption={renderOption}
      nothingFoundMessage={results.isFetching ? tr('Đang tìm…', 'Searching…') : tr('Không có đơn vị phù hợp', 'No matching unit')}
      error={error}
      required={required}
      hidePickedOptions
      clearable
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
