import { Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { ROLES, type Role } from '../../../../shared/access.ts';
import {
  FIELD_LABELS,
  GENDER_LABELS,
  GROUP_KIND_LABELS,
  type Label,
  ROLE_LABELS,
  UNIT_KIND_LABELS,
  UNIT_LEVEL_LABELS,
  UNIT_STATUS_LABELS,
} from '../../../../shared/labels.ts';
import { formatDate, formatInstant } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { PersonLink, UnitLink } from '../../../ui/links.tsx';
import { usePersonName } from '../../people/index.ts';
import { EXTRA_FIELD_LABELS } from '../audit.labels.ts';
import type { AuditRow } from '../audit.queries.ts';
import { useUnitName } from '../audit.queries.ts';

/** Bookkeeping fields that change with every write; not worth a line in a diff. */
const HIDDEN = new Set(['id', 'version', 'createdAt', 'updatedAt', 'path', 'depth', 'searchText', 'sortKey', 'passwordHash']);
const UNIT_ID_FIELDS = new Set(['unitId', 'parentId', 'successorId', 'ownerUnitId']);
const MASK = '***';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/u;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const empty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

export interface DiffLine {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The lines of a change: for an update, only the fields that changed; for a
 * creation or deletion, every field that has a value.
 */
export function diffLines(row: Pick<AuditRow, 'before' | 'after'>): DiffLine[] {
  const before = row.before ?? {};
  const after = row.after ?? {};
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter((k) => !HIDDEN.has(k));
  if (row.before && row.after) return keys.filter((k) => !same(before[k], after[k])).map((k) => ({ field: k, before: before[k], after: after[k] }));
  return keys.filter((k) => !empty(before[k]) || !empty(after[k])).map((k) => ({ field: k, before: before[k], after: after[k] }));
}

function UnitName({ id }: { id: string }) {
  const name = useUnitName(id);
  return (
    <UnitLink id={id} size="sm">
      {name ?? `${id.slice(0, 8)}…`}
    </UnitLink>
  );
}

function PersonName({ id }: { id: string }) {
  const { tr } = useI18n();
  const name = usePersonName(id);
  if (name === false)
    return (
      <Text span size="sm" c="dimmed">
        {tr('(cán bộ đã xóa)', '(deleted person)')}
      </Text>
    );
  return (
    <PersonLink id={id} size="sm">
      {name ?? tr('Xem cán bộ', 'View the person')}
    </PersonLink>
  );
}

function Value({ field, value, entity }: { field: string; value: unknown; entity: string }) {
  const { tr, label, lang } = useI18n();
  if (empty(value))
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  if (value === MASK)
    return (
      <Tooltip
        multiline
        w={260}
        withArrow
        events={{ hover: true, focus: true, touch: true }}
        label={tr('Dữ liệu nhạy cảm được che trong nhật ký (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15).', 'Sensitive data is masked in the log (Personal Data Protection Law 91/2025/QH15).')}
      >
        <Badge size="sm" variant="light" color="orange" tabIndex={0} style={{ cursor: 'help' }}>
          ***
        </Badge>
      </Tooltip>
    );
  if (typeof value === 'boolean') return <>{value ? tr('Có', 'Yes') : tr('Không', 'No')}</>;
  if (typeof value === 'string') {
    const pick = (labels: Record<string, Label>) => (value in labels ? label(labels[value]) : value);
    if (field === 'gender') return <>{pick(GENDER_LABELS)}</>;
    if (field === 'role' && ROLES.includes(value as Role)) return <>{label(ROLE_LABELS[value as Role])}</>;
    if (field === 'kind') return <>{pick(entity === 'group' ? GROUP_KIND_LABELS : UNIT_KIND_LABELS)}</>;
    if (field === 'level') return <>{pick(UNIT_LEVEL_LABELS)}</>;
    if (field === 'status') return <>{pick(UNIT_STATUS_LABELS)}</>;
    if (field === 'language') return <>{value === 'en' ? 'English' : value === 'vi' ? 'Tiếng Việt' : value}</>;
    if (UNIT_ID_FIELDS.has(field) && UUID.test(value)) return <UnitName id={value} />;
    if (field === 'personId' && UUID.test(value)) return <PersonName id={value} />;
    if (ISO_DATE.test(value)) return <>{formatDate(value)}</>;
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return <>{formatInstant(value)}</>;
    return <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{value}</span>;
  }
  if (typeof value === 'number') return <>{field === 'year' || field === 'birthYear' ? String(value) : value.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN')}</>;
  if (Array.isArray(value)) {
    if (field === 'memberIds' || value.every((v) => typeof v === 'string' && UUID.test(v))) {
      const ids = value as string[];
      return (
        <Group gap={6}>
          {ids.slice(0, 12).map((id) => (
            <UnitName key={id} id={id} />
          ))}
          {ids.length > 12 && (
            <Text span size="sm" c="dimmed">
              {tr(`và ${ids.length - 12} đơn vị khác`, `and ${ids.length - 12} more`)}
            </Text>
          )}
        </Group>
      );
    }
    if (field === 'positions')
      return (
        <>
          {(value as Record<string, unknown>[]).map((p, i) => (
            <div key={i}>
              {String(p.title ?? '')}
              {p.startDate || p.endDate ? ` (${p.startDate ? formatDate(String(p.startDate)) : '…'} – ${p.endDate ? formatDate(String(p.endDate)) : tr('nay', 'now')})` : ''}
            </div>
          ))}
        </>
      );
    return <>{value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')}</>;
  }
  return <code style={{ wordBreak: 'break-all' }}>{JSON.stringify(value)}</code>;
}

export function AuditDiff({ row }: { row: AuditRow }) {
  const { tr, label } = useI18n();
  const lines = diffLines(row);
  const fieldName = (f: string): ReactNode => {
    const l = FIELD_LABELS[f] ?? EXTRA_FIELD_LABELS[f];
    return l ? label(l) : f;
  };
  if (lines.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {row.action === 'password'
          ? tr('Mật khẩu đã được đặt lại; giá trị mật khẩu không bao giờ được ghi vào nhật ký.', 'The password was reset; passwords are never written to the log.')
          : tr('Không có thay đổi dữ liệu nào được ghi lại.', 'No data changes were recorded.')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={320} type="native">
      <Table withTableBorder withColumnBorders verticalSpacing={6} fz="sm" data-testid="audit-diff">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="24%">{tr('Trường', 'Field')}</Table.Th>
            <Table.Th w="38%">{tr('Giá trị cũ', 'Old value')}</Table.Th>
            <Table.Th w="38%">{tr('Giá trị mới', 'New value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.field}>
              <Table.Td fw={500}>{fieldName(l.field)}</Table.Td>
              <Table.Td bg={row.before ? 'var(--mantine-color-red-light)' : undefined}>
                <Value field={l.field} value={l.before} entity={row.entity} />
              </Table.Td>
              <Table.Td bg={row.after ? 'var(--mantine-color-green-light)' : undefined}>
                <Value field={l.field} value={l.after} entity={row.entity} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
