import { Badge } from '@mantine/core';
import { UNIT_KIND_LABELS, UNIT_LEVEL_LABELS, UNIT_STATUS_LABELS } from '../../../../shared/labels.ts';
import { UNIT_KINDS, UNIT_LEVELS, UNIT_STATUSES, type UnitStatus } from '../../../../shared/units.ts';
import { useI18n } from '../../../lib/i18n.tsx';

/** Options for kind / level / status selects, in the user's language. */
export function useUnitOptions() {
  const { label } = useI18n();
  return {
    kinds: UNIT_KINDS.map((k) => ({ value: k, label: label(UNIT_KIND_LABELS[k]) })),
    levels: UNIT_LEVELS.map((l) => ({ value: l, label: label(UNIT_LEVEL_LABELS[l]) })),
    statuses: UNIT_STATUSES.map((s) => ({ value: s, label: label(UNIT_STATUS_LABELS[s]) })),
  };
}

export function UnitStatusBadge({ status, short }: { status: UnitStatus; short?: boolean }) {
  const { tr, label } = useI18n();
  if (status === 'dissolved')
    return (
      <Badge color="gray" variant="light" size="sm" tt="none" style={{ flexShrink: 0, maxWidth: 'none' }}>
        {short ? tr('đã giải thể', 'dissolved') : label(UNIT_STATUS_LABELS.dissolved)}
      </Badge>
    );
  return (
    <Badge color="green" variant="light" size="sm" tt="none" style={{ flexShrink: 0, maxWidth: 'none' }}>
      {label(UNIT_STATUS_LABELS.active)}
    </Badge>
  );
}
