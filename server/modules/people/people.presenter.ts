import type { PersonRow, PositionRow } from './people.repository.ts';

export const presentPosition = (p: PositionRow, names: { unitName?: string; personName?: string } = {}) => ({
  id: p.id,
  personId: p.personId,
  personName: names.personName ?? null,
  unitId: p.unitId,
  unitName: names.unitName ?? null,
  title: p.title,
  isHead: p.isHead,
  startDate: p.startDate,
  endDate: p.endDate,
  current: p.endDate === null,
  version: p.version,
});
export type PositionView = ReturnType<typeof presentPosition>;

/** Sensitive fields appear only for roles allowed to see them; otherwise they are absent. */
export const presentPerson = (p: PersonRow, opts: { sensitive: boolean; unitName?: string }) => ({
  id: p.id,
  unitId: p.unitId,
  unitName: opts.unitName ?? null,
  fullName: p.fullName,
  gender: p.gender,
  birthYear: p.birthYear,
  ...(opts.sensitive ? { ethnicity: p.ethnicity, religion: p.religion } : {}),
  phone: p.phone,
  email: p.email,
  version: p.version,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});

export const personSnapshot = (p: PersonRow): Record<string, unknown> => presentPerson(p, { sensitive: true });
export const positionSnapshot = (p: PositionRow): Record<string, unknown> => presentPosition(p);
