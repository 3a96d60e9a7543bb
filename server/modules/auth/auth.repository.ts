import { and, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { units, unitTreeEpoch } from '../units/units.table.ts';
import { users } from '../users/users.table.ts';
import { sessions } from './auth.table.ts';


export async function insertSession(db: Db, s: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(s);
}

export async function extendSession(db: Db, id: string, now: Date, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Revoke every session of a user, optionally keeping one. */
export async function deleteSessionsOfUser(db: Db, userId: string, keepId?: string): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(keepId ? and(eq(sessions.userId, userId), ne(sessions.id, keepId)) : eq(sessions.userId, userId))
    .returning({ id: sessions.id });
  return rows.length;
}

const parentUnit = alias(units, 'parent_unit');

/**
 * Everything a signed-in request needs to know its actor, in one statement:
 * the session, its user, the user's unit and that unit's parent (the scope's
 * root may be the parent, ADR 003), and the unit tree epoch that tells whether
 * the scope's cached predecessors still hold. Unscoped by design: it runs before anyone
 * is known. Prepared once per database (node-postgres names it per connection).
 */
function sessionActorQuery(db: Db) {
  return db
    .select({
      expiresAt: sessions.expiresAt,
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        personId: users.personId,
        role: users.role,
        active: users.active,
        language: users.language,
      },
      unit: { id: units.id, kind: units.kind, path: units.path, parentId: units.parentId },
      parent: { id: parentUnit.id, kind: parentUnit.kind, path: parentUnit.path },
      // The unit tree epoch, for the scope's cached predecessor paths (ADR 014); null without its row.
      unitTreeEpoch: sql<number | null>`(select ${unitTreeEpoch.epoch} from ${unitTreeEpoch} where ${unitTreeEpoch.id} = 1)`.mapWith((v: unknown) => (v === null ? null : Number(v))),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(units, eq(units.id, users.unitId))
    .leftJoin(parentUnit, eq(parentUnit.id, units.parentId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare('danvan_session_actor');
}

const prepared = new WeakMap<Db, ReturnType<typeof sessionActorQuery>>();

export type SessionActorRow = Awaited<ReturnType<ReturnType<typeof sessionActorQuery>['execute']>>[number];

export async function findSessionActor(db: Db, id: string): Promise<SessionActorRow | undefined> {
  let query = prepared.get(db);
  if (!query) prepared.set(db, (query = sessionActorQuery(db)));
  const [row] = await query.execute({ id });
  return row;
}
