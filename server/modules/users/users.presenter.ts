import type { UserRow } from './users.repository.ts';

/** Never includes the password hash or lockout counters' internals. */
export const presentUser = (u: UserRow, unitName?: string) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  unitId: u.unitId,
  unitName: unitName ?? null,
  personId: u.personId,
  role: u.role,
  active: u.active,
  language: u.language,
  locked: !!u.lockedUntil && u.lockedUntil > new Date(),
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  version: u.version,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});

export const userSnapshot = (u: UserRow): Record<string, unknown> => {
  const { lastLoginAt: _l, locked: _k, unitName: _n, ...rest } = presentUser(u);
  return rest;
};
