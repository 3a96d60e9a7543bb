import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sessions } from './auth.table.ts';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(db: Db, s: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(s);
}

/** Unscoped by design: a session is found by its secret before anyone is known. */
export async function findSession(db: Db, id: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row;
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
