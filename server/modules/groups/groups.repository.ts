import { and, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { unitIdInScope } from '../../db/scope.ts';
import type { Scope } from '../../http/context.ts';
import { escapeLike, foldVietnamese, vietnameseSortKey } from '../../lib/vi-text.ts';
import { unitGroupMembers, unitGroups, units } from '../units/units.table.ts';

export type GroupRow = typeof unitGroups.$inferSelect;
export type GroupFields = Pick<GroupRow, 'ownerUnitId' | 'kind' | 'name' | 'year' | 'note'>;

const derived = (name: string) => ({ searchText: foldVietnamese(name), sortKey: vietnameseSortKey(name) });

export async function findGroupInScope(db: Db, scope: Scope, id: string): Promise<GroupRow | undefined> {
  const [row] = await db
    .select()
    .from(unitGroups)
    .where(and(eq(unitGroups.id, id), unitIdInScope(unitGroups.ownerUnitId, scope)));
  return row;
}

export interface GroupFilter {
  q?: string | undefined;
  kind?: GroupRow['kind'] | undefined;
  year?: number | undefined;
  limit: number;
  offset: number;
}

export async function listGroupsInScope(db: Db, scope: Scope, f: GroupFilter) {
  const conditions: SQL[] = [unitIdInScope(unitGroups.ownerUnitId, scope)];
  if (f.q) for (const w of foldVietnamese(f.q).split(' ').filter(Boolean)) conditions.push(like(unitGroups.searchText, `%${escapeLike(w)}%`));
  if (f.kind) conditions.push(eq(unitGroups.kind, f.kind));
  if (f.year) conditions.push(eq(unitGroups.year, f.year));
  const where = and(...conditions);
  const [rows, count] = await Promise.all([
    db
      .select({
        group: unitGroups,
        ownerName: units.name,
        memberCount: sql<number>`(select count(*)::int from ${unitGroupMembers} m where m.group_id = ${unitGroups.id})`,
      })
      .from(unitGroups)
      .innerJoin(units, eq(units.id, unitGroups.ownerUnitId))
      .where(where)
      .orderBy(sql`${unitGroups.year} desc nulls last`, sql`${unitGroups.sortKey} collate "C"`)
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(unitGroups).where(where),
  ]);
  return { rows, total: count[0]?.n ?? 0 };
}

/** Members of a group; the group has been scope-checked, members outside scope are left out. */
export async function listGroupMembers(db: Db, scope: Scope, groupId: string) {
  return db
    .select({ unit: units })
    .from(unitGroupMembers)
    .innerJoin(units, eq(units.id, unitGroupMembers.unitId))
    .where(and(eq(unitGroupMembers.groupId, groupId), unitIdInScope(unitGroupMembers.unitId, scope)))
    .orderBy(sql`${units.sortKey} collate "C"`);
}

export async function insertGroup(db: Db, f: GroupFields, memberIds: string[]): Promise<GroupRow> {
  const [row] = await db
    .insert(unitGroups)
    .values({ ...f, ...derived(f.name) })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await setMembers(db, row.id, memberIds);
  return row;
}

export async function updateGroupRow(db: Db, id: string, expectedVersion: number, f: GroupFields, memberIds: string[], now: Date) {
  const [row] = await db
    .update(unitGroups)
    .set({ ...f, ...derived(f.name), updatedAt: now, version: sql`${unitGroups.version} + 1` })
    .where(and(eq(unitGroups.id, id), eq(unitGroups.version, expectedVersion)))
    .returning();
  if (row) await setMembers(db, id, memberIds);
  return row;
}

async function setMembers(db: Db, groupId: string, memberIds: string[]) {
  await db.delete(unitGroupMembers).where(eq(unitGroupMembers.groupId, groupId));
  if (memberIds.length > 0) await db.insert(unitGroupMembers).values(memberIds.map((unitId) => ({ groupId, unitId })));
}

export async function deleteGroupRow(db: Db, id: string, expectedVersion: number) {
  const [row] = await db
    .delete(unitGroups)
    .where(and(eq(unitGroups.id, id), eq(unitGroups.version, expectedVersion)))
    .returning();
  return row;
}

export async function countUnitsInScope(db: Db, scope: Scope, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(units)
    .where(and(inArray(units.id, ids), unitIdInScope(units.id, scope)));
  return r?.n ?? 0;
}
