import { and, asc, desc, eq, inArray, isNull, like, type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.ts';
import { unitIdInScope } from '../../db/scope.ts';
import type { Scope } from '../../http/context.ts';
import { escapeLike, foldVietnamese, vietnameseSortKey } from '../../lib/vi-text.ts';
import { units } from '../units/units.table.ts';
import { persons, positions } from './people.table.ts';

export type PersonRow = typeof persons.$inferSelect;
export type PositionRow = typeof positions.$inferSelect;

export type PersonFields = Omit<typeof persons.$inferInsert, 'id' | 'searchText' | 'sortKey' | 'version' | 'createdAt' | 'updatedAt'>;
export type PositionFields = Pick<PositionRow, 'unitId' | 'title' | 'isHead' | 'startDate' | 'endDate'>;

const derived = (fullName: string) => ({ searchText: foldVietnamese(fullName), sortKey: vietnameseSortKey(fullName) });

export async function findPersonInScope(db: Db, scope: Scope, id: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(persons)
    .where(and(eq(persons.id, id), unitIdInScope(persons.unitId, scope)));
  return row;
}

/** Persons in scope whose folded full name is one of `foldedNames`, with their unit's name (to match names read from a text). */
export async function listPersonsByFoldedNames(db: Db, scope: Scope, foldedNames: string[]) {
  if (foldedNames.length === 0) return [];
  return db
    .select({ person: persons, unitName: units.name })
    .from(persons)
    .innerJoin(units, eq(units.id, persons.unitId))
    .where(and(inArray(persons.searchText, foldedNames), unitIdInScope(persons.unitId, scope)))
    .orderBy(sql`${persons.sortKey} collate "C"`, asc(persons.createdAt));
}

/** Every position of many persons (current and past); the persons have been scope-checked. */
export async function listPositionsOfPersons(db: Db, personIds: string[]): Promise<PositionRow[]> {
  if (personIds.length === 0) return [];
  return db.select().from(positions).where(inArray(positions.personId, personIds));
}

export interface PersonFilter {
  q?: string | undefined;
  underPath?: string | undefined;
  unitId?: string | undefined;
  limit: number;
  offset: number;
}

export async function listPersonsInScope(db: Db, scope: Scope, f: PersonFilter) {
  const conditions: SQL[] = [unitIdInScope(persons.unitId, scope)];
  if (f.q) for (const w of foldVietnamese(f.q).split(' ').filter(Boolean)) conditions.push(like(persons.searchText, `%${escapeLike(w)}%`));
  if (f.unitId) conditions.push(eq(persons.unitId, f.unitId));
  if (f.underPath) conditions.push(sql`${persons.unitId} in (select ${units.id} from ${units} where ${units.path} like ${`${escapeLike(f.underPath)}%`})`);
  const where = and(...conditions);
  const [rows, count] = await Promise.all([
    db
      .select({ person: persons, unitName: units.name })
      .from(persons)
      .innerJoin(units, eq(units.id, persons.unitId))
      .where(where)
      .orderBy(sql`${persons.sortKey} collate "C"`)
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(persons).where(where),
  ]);
  return { rows, total: count[0]?.n ?? 0 };
}

/** Current positions (no end date) of many persons at once, for list views. */
export async function listCurrentPositions(db: Db, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({ position: positions, unitName: units.name })
    .from(positions)
    .innerJoin(units, eq(units.id, positions.unitId))
    .where(and(inArray(positions.personId, personIds), isNull(positions.endDate)))
    .orderBy(desc(positions.isHead), asc(positions.startDate));
}

/** Every position of a person, newest first; the person has been scope-checked. */
export async function listPositionsOfPerson(db: Db, personId: string) {
  return db
    .select({ position: positions, unitName: units.name })
    .from(positions)
    .innerJoin(units, eq(units.id, positions.unitId))
    .where(eq(positions.personId, personId))
    .orderBy(sql`${positions.endDate} is null desc`, desc(positions.startDate));
}

/** Positions held in a unit, current first. */
export async function listPositionsInUnit(db: Db, scope: Scope, unitId: string) {
  return db
    .select({ position: positions, personName: persons.fullName })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .where(and(eq(positions.unitId, unitId), unitIdInScope(positions.unitId, scope)))
    .orderBy(sql`${positions.endDate} is null desc`, desc(positions.isHead), sql`${persons.sortKey} collate "C"`);
}

export async function findPositionInScope(db: Db, scope: Scope, id: string): Promise<PositionRow | undefined> {
  const [row] = await db
    .select({ position: positions })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .where(and(eq(positions.id, id), unitIdInScope(persons.unitId, scope)));
  return row?.position;
}

export async function insertPerson(db: Db, f: PersonFields): Promise<PersonRow> {
  const [row] = await db
    .insert(persons)
    .values({ ...f, ...derived(f.fullName) })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updatePersonRow(db: Db, id: string, expectedVersion: number, f: PersonFields, now: Date) {
  const [row] = await db
    .update(persons)
    .set({ ...f, ...derived(f.fullName), updatedAt: now, version: sql`${persons.version} + 1` })
    .where(and(eq(persons.id, id), eq(persons.version, expectedVersion)))
    .returning();
  return row;
}

export async function deletePersonRow(db: Db, id: string, expectedVersion: number) {
  const [row] = await db
    .delete(persons)
    .where(and(eq(persons.id, id), eq(persons.version, expectedVersion)))
    .returning();
  return row;
}

export async function insertPosition(db: Db, personId: string, f: PositionFields): Promise<PositionRow> {
  const [row] = await db
    .insert(positions)
    .values({ personId, ...f })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updatePositionRow(db: Db, id: string, expectedVersion: number, f: PositionFields, now: Date) {
  const [row] = await db
    .update(positions)
    .set({ ...f, updatedAt: now, version: sql`${positions.version} + 1` })
    .where(and(eq(positions.id, id), eq(positions.version, expectedVersion)))
    .returning();
  return row;
}

export async function deletePositionRow(db: Db, id: string, expectedVersion: number) {
  const [row] = await db
    .delete(positions)
    .where(and(eq(positions.id, id), eq(positions.version, expectedVersion)))
    .returning();
  return row;
}

/** The current head of a unit other than `exceptId`, if any. */
export async function findCurrentHead(db: Db, unitId: string, exceptId?: string): Promise<PositionRow | undefined> {
  const [row] = await db
    .select()
    .from(positions)
    .where(and(eq(positions.unitId, unitId), eq(positions.isHead, true), isNull(positions.endDate)));
  return row && row.id !== exceptId ? row : undefined;
}

export async function countUsersOfPerson(db: Db, personId: string): Promise<number> {
  // Raw SQL: the users table belongs to the users module, which depends on this one.
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from users where person_id = ${personId}`);
  return rows[0]?.n ?? 0;
}
