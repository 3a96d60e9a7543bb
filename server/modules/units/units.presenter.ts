import type { UnitRow } from './units.repository.ts';

export const presentUnitSummary = (u: UnitRow) => ({
  id: u.id,
  name: u.name,
  shortName: u.shortName,
  kind: u.kind,
  level: u.level,
  status: u.status,
});
export type UnitSummary = ReturnType<typeof presentUnitSummary>;

export const presentUnit = (u: UnitRow) => ({
  ...presentUnitSummary(u),
  parentId: u.parentId,
  code: u.code,
  depth: u.depth,
  validFrom: u.validFrom,
  validTo: u.validTo,
  successorId: u.successorId,
  dissolutionNote: u.dissolutionNote,
  version: u.version,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});
export type UnitView = ReturnType<typeof presentUnit>;

/** The audit snapshot of a unit: every stored field except derived ones. */
export const unitSnapshot = (u: UnitRow): Record<string, unknown> => ({ ...presentUnit(u), path: u.path });
