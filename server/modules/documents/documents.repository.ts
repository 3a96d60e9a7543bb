import { type AnyColumn, and, asc, desc, eq, inArray, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { DocumentField, DocumentKind, DocumentRelation, DocumentStatus } from '../../../shared/documents.ts';
import type { Db } from '../../db/client.ts';
import { pathInScope, unitIdInScope } from '../../db/scope.ts';
import type { Scope } from '../../http/context.ts';
import { escapeLike, foldVietnamese } from '../../lib/vi-text.ts';
import { units } from '../units/units.table.ts';
import { documentAttachments, documentRelations, documents, files, reviewCompletions, reviewMilestones } from './documents.table.ts';

export type DocumentRow = typeof documents.$inferSelect;
export type DocumentValues = Omit<typeof documents.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
export type MilestoneRow = typeof reviewMilestones.$inferSelect;

/** The ids on the scope root's path: the root and the units above it, whose documents the scope reads. */
const idsAboveRoot = (scope: Scope): string[] => (scope.prefixes[0] ?? '').split('/').filter(Boolean);

/**
 * Who may read a document: everybody for central ones (no owner); otherwise
 * users whose scope contains the owner, and users of units under the owner
 * (a province's plan is read by its districts and communes).
 */
export function documentReadable(scope: Scope): SQL {
  // The root and the units above it are the ids on the root's path: no scan of every unit for them
  // (`root like units.path || '%'` cannot use an index; bench/README.md).
  const above = idsAboveRoot(scope);
  return or(
    isNull(documents.ownerUnitId),
    sql`${documents.ownerUnitId} in (select ${units.id} from ${units} where ${pathInScope(scope)})`,
    ...(above.length ? [inArray(documents.ownerUnitId, above)] : []),
  ) as SQL;
}

/** Who may change a unit document: users whose scope contains its owner. */
export const documentOwnedInScope = (scope: Scope): SQL => unitIdInScope(documents.ownerUnitId, scope);

export async function findReadableDocument(db: Db, scope: Scope, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.id, id), documentReadable(scope)));
  return row;
}

/** Unscoped by design: identity is global; the caller decides what to reveal. */
export async function findDocumentByIdentity(db: Db, identityKey: string): Promise<DocumentRow | undefined> {
  const [row] = await db.select().from(documents).where(eq(documents.identityKey, identityKey));
  return row;
}

/** Readable documents whose identity key starts with one of `prefixes` ("kind|number|"), to match cited documents. */
export async function listReadableByIdentityPrefixes(db: Db, scope: Scope, prefixes: string[]): Promise<DocumentRow[]> {
  if (prefixes.length === 0) return [];
  return db
    .select()
    .from(documents)
    .where(and(documentReadable(scope), or(...prefixes.map((p) => like(documents.identityKey, `${escapeLike(p)}%`)))))
    .orderBy(sql`${documents.issueDate} desc nulls last`);
}

/** Unscoped by design: the catalogue loader runs outside any user's scope. */
export async function findDocumentsByCatalogueKeys(db: Db, keys: string[]): Promise<DocumentRow[]> {
  if (keys.length === 0) return [];
  return db.select().from(documents).where(inArray(documents.catalogueKey, keys));
}

export interface DocumentFilter {
  q?: string | undefined;
  kind?: DocumentKind | undefined;
  issuer?: string | undefined;
  year?: number | undefined;
  field?: DocumentField | undefined;
  status?: DocumentStatus | undefined;
  only?: 'central' | 'own' | undefined;
  limit: number;
  offset: number;
}

/** The columns a list shows (`presentDocumentSummary`, `citationOf`): not the search text nor the catalogue's JSON. */
const summaryColumns = {
  id: documents.id,
  ownerUnitId: documents.ownerUnitId,
  kind: documents.kind,
  number: documents.number,
  symbol: documents.symbol,
  issueDate: documents.issueDate,
  issuerCode: documents.issuerCode,
  issuerName: documents.issuerName,
  term: documents.term,
  subject: documents.subject,
  status: documents.status,
  fields: documents.fields,
  catalogueKey: documents.catalogueKey,
};
export type DocumentSummaryRow = Pick<DocumentRow, keyof typeof summaryColumns>;

/** A scope rooted at the top of the tree (the central level) reads every document. */
const wholeTree = (scope: Scope): boolean => scope.prefixes.some((p) => p.split('/').filter(Boolean).length === 1);

/** "The folded text contains this folded word" (ADR 006). */
type Contains = (needle: string) => SQL;
/** As `LIKE '%…%'`, which the trigram indexes answer (ADR 013). */
const containsByTrigrams: Contains = (needle) => like(documents.searchText, `%${escapeLike(needle)}%`);
/**
 * The same test in a form no index answers, for rows another index already
 * narrowed down: the planner, which cannot tell common trigrams ("dan", "van")
 * from rare ones, would otherwise intersect them with the trigram index over the
 * whole table (6–8 ms at country scale, growing with the country, where testing
 * a province's 6,000 rows costs 2 ms).
 */
const containsByScan: Contains = (needle) => sql`strpos(${documents.searchText}, ${needle}) > 0`;

/** The filter's conditions besides readability. */
function filterConditions(f: DocumentFilter, contains: Contains): SQL[] {
  const conditions: SQL[] = [];
  if (f.q) for (const w of foldVietnamese(f.q).split(' ').filter(Boolean)) conditions.push(contains(w));
  if (f.kind) conditions.push(eq(documents.kind, f.kind));
  if (f.issuer) conditions.push(or(eq(documents.issuerCode, f.issuer), contains(foldVietnamese(f.issuer))) as SQL);
  if (f.year) conditions.push(sql`extract(year from ${documents.issueDate}) = ${f.year}`);
  if (f.field) conditions.push(sql`${f.field}::document_field = any(${documents.fields})`);
  if (f.status) conditions.push(eq(documents.status, f.status));
  return conditions;
}

/**
 * What a scope below the top reads, as disjoint parts each led by its own
 * index: the central documents (4,000 at country scale, the partial trigram
 * index `documents_central_search_trgm_idx`), and those owned by the scope's
 * units or by the units above its root (`documents_owner_idx` on one array of
 * unit ids; a province owns about 6,000). Asked as one OR, the planner led with
 * the trigram index over all 200,000 documents and filtered by scope: ~50 ms
 * for a commune (bench/README.md).
 */
function readableParts(scope: Scope, f: DocumentFilter): [SQL] | [SQL, SQL] {
  const central = and(isNull(documents.ownerUnitId), ...filterConditions(f, containsByTrigrams)) as SQL;
  if (f.only === 'central') return [central];
  const above = f.only === 'own' ? [] : idsAboveRoot(scope);
  const owners = above.length ? (or(pathInScope(scope), inArray(units.id, above)) as SQL) : pathInScope(scope);
  const owned = and(sql`${documents.ownerUnitId} = any(array(select ${units.id} from ${units} where ${owners}))`, ...filterConditions(f, containsByScan)) as SQL;
  return f.only === 'own' ? [owned] : [central, owned];
}

const listOrder = (t: { issueDate: AnyColumn; kind: AnyColumn; number: AnyColumn; id: AnyColumn }) => [sql`${t.issueDate} desc nulls last`, asc(t.kind), asc(t.number), asc(t.id)];

/**
 * A page of the readable documents matching the filter, and their total.
 * Ordered by date, kind and number, then id so that pages never repeat or skip
 * documents sharing all three.
 */
export async function listReadableDocuments(db: Db, scope: Scope, f: DocumentFilter): Promise<{ rows: DocumentSummaryRow[]; total: number }> {
  if (wholeTree(scope)) {
    // Nearly every document is readable: one pass each for the page and the total, led by the trigram
    // index when there are words. `count(*) over ()` would hold every match until the sort: 134,000 for
    // "dan van", 2.5 times slower than the two statements.
    const only = f.only === 'central' ? [isNull(documents.ownerUnitId)] : f.only === 'own' ? [documentOwnedInScope(scope)] : [];
    const where = and(documentReadable(scope), ...only, ...filterConditions(f, containsByTrigrams));
    const [rows, count] = await Promise.all([
      db
        .select(summaryColumns)
        .from(documents)
        .where(where)
        .orderBy(...listOrder(documents))
        .limit(f.limit)
        .offset(f.offset),
      db.select({ n: sql<number>`count(*)::int` }).from(documents).where(where),
    ]);
    return { rows, total: count[0]?.n ?? 0 };
  }
  // A scope below the top reads at most a province's documents and the central ones (about 10,000):
  // the page and the total in one statement, and a count of its own only for a page past the end.
  const select = (where: SQL) => db.select(summaryColumns).from(documents).where(where);
  const [first, second] = readableParts(scope, f);
  const found = (second ? unionAll(select(first), select(second)) : select(first)).as('found');
  const page = await db
    .select({ ...found._.selectedFields, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(found)
    .orderBy(...listOrder(found))
    .limit(f.limit)
    .offset(f.offset);
  const rows = page.map(({ total: _total, ...row }) => row);
  if (page[0]) return { rows, total: page[0].total };
  if (f.offset === 0) return { rows, total: 0 };
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(found);
  return { rows, total: count?.n ?? 0 };
}

export async function insertDocument(db: Db, values: DocumentValues): Promise<DocumentRow> {
  const [row] = await db.insert(documents).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateDocumentRow(db: Db, id: string, expectedVersion: number, values: Partial<DocumentValues>, now: Date) {
  const [row] = await db
    .update(documents)
    .set({ ...values, updatedAt: now, version: sql`${documents.version} + 1` })
    .where(and(eq(documents.id, id), eq(documents.version, expectedVersion)))
    .returning();
  return row;
}

export async function deleteDocumentRow(db: Db, id: string, expectedVersion: number) {
  const [row] = await db
    .delete(documents)
    .where(and(eq(documents.id, id), eq(documents.version, expectedVersion)))
    .returning();
  return row;
}

/** Relations in both directions, to documents the actor may read. */
export async function listRelations(db: Db, scope: Scope, id: string) {
  const outgoing = await db
    .select({ relation: documentRelations.relation, doc: documents })
    .from(documentRelations)
    .innerJoin(documents, eq(documents.id, documentRelations.toId))
    .where(and(eq(documentRelations.fromId, id), documentReadable(scope)));
  const incoming = await db
    .select({ relation: documentRelations.relation, doc: documents })
    .from(documentRelations)
    .innerJoin(documents, eq(documents.id, documentRelations.fromId))
    .where(and(eq(documentRelations.toId, id), documentReadable(scope)));
  return { outgoing, incoming };
}

export async function insertRelation(db: Db, fromId: string, toId: string, relation: DocumentRelation) {
  await db.insert(documentRelations).values({ fromId, toId, relation }).onConflictDoNothing();
}

export async function deleteRelation(db: Db, fromId: string, toId: string, relation: DocumentRelation) {
  const rows = await db
    .delete(documentRelations)
    .where(and(eq(documentRelations.fromId, fromId), eq(documentRelations.toId, toId), eq(documentRelations.relation, relation)))
    .returning();
  return rows.length;
}

export async function storeFile(db: Db, sha256: string, mediaType: string, content: Buffer): Promise<void> {
  await db.insert(files).values({ sha256, size: content.length, mediaType, content }).onConflictDoNothing();
}

export async function insertAttachment(db: Db, documentId: string, fileSha256: string, fileName: string) {
  const [row] = await db.insert(documentAttachments).values({ documentId, fileSha256, fileName }).onConflictDoNothing().returning();
  return row;
}

export async function listAttachments(db: Db, documentId: string) {
  return db
    .select({ id: documentAttachments.id, fileName: documentAttachments.fileName, sha256: files.sha256, size: files.size, mediaType: files.mediaType, createdAt: documentAttachments.createdAt })
    .from(documentAttachments)
    .innerJoin(files, eq(files.sha256, documentAttachments.fileSha256))
    .where(eq(documentAttachments.documentId, documentId))
    .orderBy(asc(documentAttachments.createdAt));
}

export async function findAttachmentContent(db: Db, documentId: string, attachmentId: string) {
  const [row] = await db
    .select({ fileName: documentAttachments.fileName, mediaType: files.mediaType, content: files.content })
    .from(documentAttachments)
    .innerJoin(files, eq(files.sha256, documentAttachments.fileSha256))
    .where(and(eq(documentAttachments.documentId, documentId), eq(documentAttachments.id, attachmentId)));
  return row;
}

export async function deleteAttachmentRow(db: Db, documentId: string, attachmentId: string) {
  const [row] = await db
    .delete(documentAttachments)
    .where(and(eq(documentAttachments.documentId, documentId), eq(documentAttachments.id, attachmentId)))
    .returning();
  return row;
}

export async function countFiles(db: Db): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(files);
  return r?.n ?? 0;
}

/** Milestones of a document: the document's own and those of units in scope. */
export async function listMilestones(db: Db, scope: Scope, documentId: string) {
  return db
    .select()
    .from(reviewMilestones)
    .where(and(eq(reviewMilestones.documentId, documentId), or(isNull(reviewMilestones.unitId), unitIdInScope(reviewMilestones.unitId, scope))))
    .orderBy(asc(reviewMilestones.dueDate));
}

export async function insertMilestones(db: Db, rows: (typeof reviewMilestones.$inferInsert)[]): Promise<MilestoneRow[]> {
  if (rows.length === 0) return [];
  return db.insert(reviewMilestones).values(rows).returning();
}

export async function findMilestone(db: Db, scope: Scope, id: string): Promise<MilestoneRow | undefined> {
  const [row] = await db
    .select({ m: reviewMilestones })
    .from(reviewMilestones)
    .innerJoin(documents, eq(documents.id, reviewMilestones.documentId))
    .where(and(eq(reviewMilestones.id, id), documentReadable(scope), or(isNull(reviewMilestones.unitId), unitIdInScope(reviewMilestones.unitId, scope))));
  return row?.m;
}

export async function deleteMilestoneRow(db: Db, id: string) {
  const [row] = await db.delete(reviewMilestones).where(eq(reviewMilestones.id, id)).returning();
  return row;
}

export async function upsertCompletion(db: Db, values: typeof reviewCompletions.$inferInsert, now: Date) {
  const [row] = await db
    .insert(reviewCompletions)
    .values(values)
    .onConflictDoUpdate({
      target: [reviewCompletions.milestoneId, reviewCompletions.unitId],
      set: { doneDate: values.doneDate, reportDocumentId: values.reportDocumentId, reportRef: values.reportRef, note: values.note, updatedAt: now },
    })
    .returning();
  return row;
}

export async function deleteCompletionRow(db: Db, milestoneId: string, unitId: string) {
  const [row] = await db
    .delete(reviewCompletions)
    .where(and(eq(reviewCompletions.milestoneId, milestoneId), eq(reviewCompletions.unitId, unitId)))
    .returning();
  return row;
}

export async function listCompletions(db: Db, milestoneIds: string[], unitId: string) {
  if (milestoneIds.length === 0) return [];
  return db
    .select()
    .from(reviewCompletions)
    .where(and(inArray(reviewCompletions.milestoneId, milestoneIds), eq(reviewCompletions.unitId, unitId)));
}

/** Milestones falling due in [from, to) on documents the actor reads, for one unit's view. */
export async function listCalendar(db: Db, scope: Scope, unitId: string, from: string, to: string) {
  return db
    .select({ milestone: reviewMilestones, document: documents, completion: reviewCompletions })
    .from(reviewMilestones)
    .innerJoin(documents, eq(documents.id, reviewMilestones.documentId))
    .leftJoin(reviewCompletions, and(eq(reviewCompletions.milestoneId, reviewMilestones.id), eq(reviewCompletions.unitId, unitId)))
    .where(
      and(
        documentReadable(scope),
        sql`${reviewMilestones.dueDate} >= ${from} and ${reviewMilestones.dueDate} < ${to}`,
        or(isNull(reviewMilestones.unitId), eq(reviewMilestones.unitId, unitId)),
      ),
    )
    .orderBy(asc(reviewMilestones.dueDate), desc(documents.issueDate));
}

/** Unscoped by design: the catalogue loader checks a document's own milestones. */
export async function listMilestonesOfDocument(db: Db, documentId: string) {
  return db.select().from(reviewMilestones).where(eq(reviewMilestones.documentId, documentId));
}
