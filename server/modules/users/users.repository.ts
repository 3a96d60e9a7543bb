import { and, asc, eq, like, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/access.ts';
import type { Lang } from '../../../shared/labels.ts';
import type { Db } from '../../db/client.ts';
import { unitIdInScope } from '../../db/scope.ts';
import type { Scope } from '../../http/context.ts';
import { escapeLike, foldVietnamese } from '../../lib/vi-text.ts';
import { units } from '../units/units.table.ts';
import { users } from './users.table.ts';

export type UserRow = typeof users.$inferSelect;

const searchOf = (u: { username: string; displayName: string }) => foldVietnamese(`${u.username} ${u.displayName}`);

/** Unscoped by design: sign-in looks a user up before any scope exists. */
export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

/** Unscoped by design: the session loader resolves the actor itself. */
export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserInScope(db: Db, scope: Scope, id: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), unitIdInScope(users.unitId, scope)));
  return row;
}

export interface UserFilter {
  q?: string | undefined;
  unitId?: string | undefined;
  role?: Role | undefined;
  limit: number;
  offset: number;
}

export async function listUsersInScope(db: Db, scope: Scope, f: UserFilter) {
  const conditions: SQL[] = [unitIdInScope(users.unitId, scope)];
  if (f.q) for (const w of foldVietnamese(f.q).split(' ').filter(Boolean)) conditions.push(like(users.searchText, `%${escapeLike(w)}%`));
  if (f.unitId) conditions.push(eq(users.unitId, f.unitId));
  if (f.role) conditions.push(eq(users.role, f.role));
  const where = and(...conditions);
  const [rows, count] = await Promise.all([
    db
      .select({ user: users, unitName: units.name })
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .where(where)
      .orderBy(asc(users.username))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(users).where(where),
  ]);
  return { rows, total: count[0]?.n ?? 0 };
}

export interface NewUser {
  id?: string;
  username: string;
  displayName: string;
  unitId: string;
  role: Role;
  personId: string | null;
  passwordHash: string;
  language: Lang;
}

export async function insertUser(db: Db, u: NewUser): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ ...u, searchText: searchOf(u) })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateUserRow(
  db: Db,
  id: string,
  expectedVersion: number,
  fields: Partial<Pick<UserRow, 'displayName' | 'unitId' | 'role' | 'personId' | 'active' | 'passwordHash' | 'passwordChangedAt' | 'language'>>,
  now: Date,
): Promise<UserRow | undefined> {
  const current = await findUserById(db, id);
  if (!current) return undefined;
  const [row] = await db
    .update(users)
    .set({
      ...fields,
      searchText: searchOf({ username: current.username, displayName: fields.displayName ?? current.displayName }),
      updatedAt: now,
      version: sql`${users.version} + 1`,
    })
    .where(and(eq(users.id, id), eq(users.version, expectedVersion)))
    .returning();
  return row;
}

export async function recordLoginFailure(db: Db, id: string, maxFailures: number, lockUntil: Date): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({
      failedLogins: sql`${users.failedLogins} + 1`,
      lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${maxFailures} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, id))
    .returning();
  return row;
}

export async function recordLoginSuccess(db: Db, id: string, now: Date): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, id));
}

export async function setUserLanguage(db: Db, id: string, language: Lang): Promise<void> {
  await db.update(users).set({ language }).where(eq(users.id, id));
}

export async function countUsers(db: Db): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return r?.n ?? 0;
}

export async function resetLoginFailures(db: Db, id: string): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, id));
}
