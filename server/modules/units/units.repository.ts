import { and, asc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { UnitKind, UnitLevel, UnitStatus } from '../../../shared/units.ts';
import { type Db, queryRows } from '../../db/client.ts';
import { pathInScope } from '../../db/scope.ts';
import type { Scope } from '../../http/context.ts';
import { escapeLike, foldVietnamese, vietnameseSortKey } from '../../lib/vi-text.ts';
import { units } from './units.table.ts';

export type UnitRow = typeof units.$inferSelect;

export interface UnitFields {
  name: string;
  shortName: string | null;
  code: string | null;
  kind: UnitKind;
  level: UnitLevel;
  validFrom: string | null;
  validTo: string | null;
}

const derived = (f: Pick<UnitFields, 'name' | 'shortName' | 'code'>) => ({
  searchText: foldVietnamese([f.name, f.shortName, f.code].filter(Boolean).join(' ')),
  sortKey: vietnameseSortKey(f.name),
});

/**
 * The paths of every dissolved unit whose successor chain ends inside the
 * subtree at `rootPath`. Unscoped by design: this is the query that builds scopes.
 */
export async function findPredecessorPaths(db: Db, rootPath: string): Promise<string[]> {
  const rows = await queryRows<{ path: string }>(db, sql`
    with recursive pred(id, path) as (
      select u.id, u.path from ${units} u join ${units} s on u.successor_id = s.id
        where s.path like ${`${escapeLike(rootPath)}%`}
      union
      select u.id, u.path from ${units} u join pred p on u.successor_id = p.id
    )
    select path from pred`);
  return rows.map((r) => r.path);
}

/** A unit and its parent, by the unit's id. Unscoped by design: it builds scopes. */
export async function findUnitWithParent(db: Db, unitId: string): Promise<{ unit: UnitRow; parent: UnitRow | null } | undefined> {
  const [unit] = await db.select().from(units).where(eq(units.id, unitId));
  if (!unit) return undefined;
  const [parent] = unit.kind === 'commission' && unit.parentId ? await db.select().from(units).where(eq(units.id, unit.parentId)) : [];
  return { unit, parent: parent ?? null };
}

export async function findUnitInScope(db: Db, scope: Scope, id: string): Promise<UnitRow | undefined> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.id, id), pathInScope(scope)));
  return row;
}

export async function findUnitsInScope(db: Db, scope: Scope, ids: string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(units)
    .where(and(inArray(units.id, ids), pathInScope(scope)));
}

/** Names of the units on a path, root first, restricted to the scope. */
export async function findAncestorsInScope(db: Db, scope: Scope, path: string): Promise<UnitRow[]> {
  const ids = path.split('/').filter(Boolean);
  const rows = await findUnitsInScope(db, scope, ids);
  return rows.sort((a, b) => a.depth - b.depth);
}

export interface UnitFilter {
  q?: string | undefined;
  kind?: UnitKind | undefined;
  level?: UnitLevel | undefined;
  status?: UnitStatus | undefined;
  underPath?: string | undefined;
  limit: number;
  offset: number;
}

export async function listUnitsInScope(db: Db, scope: Scope, f: UnitFilter): Promise<{ rows: UnitRow[]; total: number }> {
  const conditions: SQL[] = [pathInScope(scope)];
  if (f.q) {
    for (const word of foldVietnamese(f.q).split(' ').filter(Boolean)) {
      conditions.push(like(units.searchText, `%${escapeLike(word)}%`));
    }
  }
  if (f.kind) conditions.push(eq(units.kind, f.kind));
  if (f.level) conditions.push(eq(units.level, f.level));
  if (f.status) conditions.push(eq(units.status, f.status));
  if (f.underPath) conditions.push(like(units.path, `${escapeLike(f.underPath)}%`));
  const where = and(...conditions);
  const [rows, count] = await Promise.all([
    db
      .select()
      .from(units)
      .where(where)
      .orderBy(asc(units.depth), sql`${units.sortKey} collate "C"`)
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(units).where(where),
  ]);
  return { rows, total: count[0]?.n ?? 0 };
}

export async function listChildrenInScope(db: Db, scope: Scope, parentId: string): Promise<(UnitRow & { childCount: number })[]> {
  const rows = await db
    .select({
      unit: units,
      // Qualified by hand: Drizzle leaves columns unqualified in a one-table select.
      childCount: sql<number>`(select count(*)::int from ${units} c where c.parent_id = "units"."id")`,
    })
    .from(units)
    .where(and(eq(units.parentId, parentId), pathInScope(scope)))
    .orderBy(sql`${units.status} = 'dissolved'`, sql`${units.sortKey} collate "C"`);
  return rows.map((r) => ({ ...r.unit, childCount: r.childCount }));
}

export async function insertUnit(
  db: Db,
  parent: Pick<UnitRow, 'id' | 'path' | 'depth'> | null,
  fields: UnitFields,
  id: string,
): Promise<UnitRow> {
  const [row] = await db
    .insert(units)
    .values({
      id,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      ...fields,
      ...derived(fields),
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Update with optimistic locking; undefined when the version is stale. */
export async function updateUnitRow(
  db: Db,
  id: string,
  expectedVersion: number,
  fields: Partial<UnitFields> & { status?: UnitStatus; successorId?: string | null; dissolutionNote?: string | null },
  now: Date,
): Promise<UnitRow | undefined> {
  const set: Record<string, unknown> = { ...fields, updatedAt: now, version: sql`${units.version} + 1` };
  if (fields.name !== undefined) Object.assign(set, derived({ name: fields.name, shortName: fields.shortName ?? null, code: fields.code ?? null }));
  const [row] = await db
    .update(units)
    .set(set)
    .where(and(eq(units.id, id), eq(units.version, expectedVersion)))
    .returning();
  return row;
}

/** Move a subtree: rewrite the paths of the unit and everything under it. */
export async function moveSubtree(db: Db, unit: UnitRow, newParent: UnitRow, now: Date): Promise<void> {
  const newPath = `${newParent.path}${unit.id}/`;
  const depthShift = newParent.depth + 1 - unit.depth;
  await db
    .update(units)
    .set({
      path: sql`${newPath} || substr(${units.path}, ${unit.path.length + 1})`,
      depth: sql`${units.depth} + ${depthShift}`,
      updatedAt: now,
    })
    .where(like(units.path, `${escapeLike(unit.path)}%`));
  await db.update(units).set({ parentId: newParent.id }).where(eq(units.id, unit.id));
}

export async function countActiveChildren(db: Db, unitId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(units)
    .where(and(eq(units.parentId, unitId), eq(units.status, 'active')));
  return r?.n ?? 0;
}
