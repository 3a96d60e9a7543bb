import { and, desc, eq, like, type SQL, sql } from 'drizzle-orm';
import type { IntakeStatus } from '../../../shared/intake.ts';
import { type Db, queryRows } from '../../db/client.ts';
import { unitIdInScope } from '../../db/scope.ts';
import type { Scope } from '../../http/context.ts';
import { escapeLike, foldVietnamese } from '../../lib/vi-text.ts';
import { users } from '../users/users.table.ts';
import { type AcceptedLinks, type BatchItem, intakeAwards, intakeBatches, intakeEvents, intakeTexts } from './intake.table.ts';

export type IntakeTextRow = typeof intakeTexts.$inferSelect;
export type IntakeBatchRow = typeof intakeBatches.$inferSelect;
export type IntakeAwardRow = typeof intakeAwards.$inferSelect;
export type IntakeEventRow = typeof intakeEvents.$inferSelect;
export type IntakeTextValues = Omit<typeof intakeTexts.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'status' | 'accepted' | 'reviewedByUserId' | 'reviewedAt'>;

export async function findTextInScope(db: Db, scope: Scope, id: string): Promise<IntakeTextRow | undefined> {
  const [row] = await db
    .select()
    .from(intakeTexts)
    .where(and(eq(intakeTexts.id, id), unitIdInScope(intakeTexts.unitId, scope)));
  return row;
}

/** The text of `unitId` with this content hash; the unit is the actor's own, so in scope. */
export async function findTextByHash(db: Db, unitId: string, contentHash: string): Promise<IntakeTextRow | undefined> {
  const [row] = await db
    .select()
    .from(intakeTexts)
    .where(and(eq(intakeTexts.unitId, unitId), eq(intakeTexts.contentHash, contentHash)));
  return row;
}

/** Insert a text unless the unit already has one with the same hash (then undefined). */
export async function insertText(db: Db, values: IntakeTextValues): Promise<IntakeTextRow | undefined> {
  const [row] = await db.insert(intakeTexts).values(values).onConflictDoNothing({ target: [intakeTexts.unitId, intakeTexts.contentHash] }).returning();
  return row;
}

export interface TextFilter {
  status?: IntakeStatus | undefined;
  batchId?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** Texts of units in scope, newest first, without their (long) text and extraction. */
export async function listTextsInScope(db: Db, scope: Scope, f: TextFilter) {
  const conditions: SQL[] = [unitIdInScope(intakeTexts.unitId, scope)];
  if (f.status) conditions.push(eq(intakeTexts.status, f.status));
  if (f.batchId) conditions.push(eq(intakeTexts.batchId, f.batchId));
  if (f.q) for (const w of foldVietnamese(f.q).split(' ').filter(Boolean)) conditions.push(like(intakeTexts.searchText, `%${escapeLike(w)}%`));
  const where = and(...conditions);
  const [rows, count] = await Promise.all([
    db
      .select({
        id: intakeTexts.id,
        unitId: intakeTexts.unitId,
        batchId: intakeTexts.batchId,
        title: intakeTexts.title,
        sourceName: intakeTexts.sourceName,
        sourceKind: intakeTexts.sourceKind,
        status: intakeTexts.status,
        length: sql<number>`char_length(${intakeTexts.text})::int`,
        documents: sql<number>`jsonb_array_length(${intakeTexts.extraction}->'documents')::int`,
        people: sql<number>`jsonb_array_length(${intakeTexts.extraction}->'people')::int`,
        awards: sql<number>`jsonb_array_length(${intakeTexts.extraction}->'awards')::int`,
        eventDate: sql<string | null>`${intakeTexts.extraction}->'eventDate'->>'date'`,
        createdByName: users.displayName,
        createdAt: intakeTexts.createdAt,
        reviewedAt: intakeTexts.reviewedAt,
        version: intakeTexts.version,
      })
      .from(intakeTexts)
      .leftJoin(users, eq(users.id, intakeTexts.createdByUserId))
      .where(where)
      .orderBy(desc(intakeTexts.createdAt), intakeTexts.title)
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(intakeTexts).where(where),
  ]);
  return { rows, total: count[0]?.n ?? 0 };
}
export type TextListRow = Awaited<ReturnType<typeof listTextsInScope>>['rows'][number];

/** Mark a text reviewed if its version is still `expectedVersion`; undefined when it is not. */
export async function updateTextReview(
  db: Db,
  id: string,
  expectedVersion: number,
  values: { status: IntakeStatus; accepted?: AcceptedLinks; reviewedByUserId: string; reviewedAt: Date },
): Promise<IntakeTextRow | undefined> {
  const [row] = await db
    .update(intakeTexts)
    .set({ ...values, updatedAt: values.reviewedAt, version: sql`${intakeTexts.version} + 1` })
    .where(and(eq(intakeTexts.id, id), eq(intakeTexts.version, expectedVersion)))
    .returning();
  return row;
}

export async function insertBatch(db: Db, values: { unitId: string; createdByUserId: string; name: string; fileCount: number }): Promise<IntakeBatchRow> {
  const [row] = await db.insert(intakeBatches).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findBatchInScope(db: Db, scope: Scope, id: string): Promise<IntakeBatchRow | undefined> {
  const [row] = await db
    .select()
    .from(intakeBatches)
    .where(and(eq(intakeBatches.id, id), unitIdInScope(intakeBatches.unitId, scope)));
  return row;
}

/** Add the outcome of one upload to a batch, atomically (uploads of one batch run in parallel). */
export async function addToBatch(db: Db, id: string, items: BatchItem[], now: Date): Promise<void> {
  if (items.length === 0) return;
  const n = (o: BatchItem['outcome']) => items.filter((i) => i.outcome === o).length;
  await db
    .update(intakeBatches)
    .set({
      newCount: sql`${intakeBatches.newCount} + ${n('new')}`,
      duplicateCount: sql`${intakeBatches.duplicateCount} + ${n('duplicate')}`,
      errorCount: sql`${intakeBatches.errorCount} + ${n('error')}`,
      items: sql`${intakeBatches.items} || ${JSON.stringify(items)}::jsonb`,
      updatedAt: now,
    })
    .where(eq(intakeBatches.id, id));
}

/** The texts stored by a batch (the batch has been scope-checked). */
export async function listTextsOfBatch(db: Db, batchId: string) {
  return db
    .select({ id: intakeTexts.id, title: intakeTexts.title, sourceName: intakeTexts.sourceName, status: intakeTexts.status })
    .from(intakeTexts)
    .where(eq(intakeTexts.batchId, batchId))
    .orderBy(intakeTexts.sourceName);
}

/** Awards and the event already accepted from a text (the text has been scope-checked). */
export async function listRecordsOfText(db: Db, textId: string) {
  const [awards, events] = await Promise.all([
    db.select().from(intakeAwards).where(eq(intakeAwards.textId, textId)),
    db.select().from(intakeEvents).where(eq(intakeEvents.textId, textId)),
  ]);
  return { awards, event: events[0] };
}

export async function insertAward(db: Db, values: Omit<typeof intakeAwards.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<IntakeAwardRow> {
  const [row] = await db.insert(intakeAwards).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function insertEvent(db: Db, values: Omit<typeof intakeEvents.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<IntakeEventRow> {
  const [row] = await db.insert(intakeEvents).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Row counts of the intake tables (unscoped: for tests that check nothing was written). */
export async function countIntakeRows(db: Db): Promise<{ texts: number; awards: number; events: number }> {
  const rows = await queryRows<{ texts: number; awards: number; events: number }>(
    db,
    sql`select (select count(*)::int from ${intakeTexts}) as texts, (select count(*)::int from ${intakeAwards}) as awards, (select count(*)::int from ${intakeEvents}) as events`,
  );
  return rows[0] ?? { texts: 0, awards: 0, events: 0 };
}
