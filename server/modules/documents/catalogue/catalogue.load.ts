import { ISSUERS } from '../../../../shared/documents.ts';
import type { Db } from '../../../db/client.ts';
import { recordSystemChange } from '../../audit/index.ts';
import {
  type DocumentRow,
  findDocumentByIdentity,
  findDocumentsByCatalogueKeys,
  insertDocument,
  insertMilestones,
  insertRelation,
  listMilestonesOfDocument,
  updateDocumentRow,
} from '../documents.repository.ts';
import { addYears, documentValues } from '../documents.service.ts';
import { CATALOGUE, type CatalogueEntry } from './catalogue.data.ts';
import { CATALOGUE_REVIEWS, type CatalogueReview } from './catalogue.reviews.ts';

/** Fields the catalogue owns; a local edit of one of them wins over later catalogue values. */
const MERGED = ['kind', 'number', 'symbol', 'issueDate', 'issuerCode', 'issuerName', 'term', 'subject', 'fields', 'status', 'note'] as const;
type Merged = (typeof MERGED)[number];
type Snapshot = Partial<Record<Merged, unknown>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function valuesOf(entry: CatalogueEntry) {
  return documentValues({
    ownerUnitId: null,
    kind: entry.kind,
    number: entry.number,
    symbol: entry.symbol,
    issueDate: entry.issueDate,
    issuerCode: entry.issuer,
    issuerName: ISSUERS.find((i) => i.code === entry.issuer)?.vi ?? entry.issuer,
    issuerUnitId: null,
    term: entry.term,
    subject: entry.subject,
    fields: [...entry.fields],
    status: entry.status,
    note: entry.note ?? null,
  });
}

const snapshotOf = (v: ReturnType<typeof valuesOf>): Snapshot => Object.fromEntries(MERGED.map((k) => [k, v[k]]));

/**
 * Three-way merge of one catalogue entry into its row: a field still equal to
 * what the catalogue said last time takes the catalogue's new value; a field
 * the users changed keeps their value.
 */
export function mergeEntry(row: DocumentRow, incoming: ReturnType<typeof valuesOf>): { changes: Partial<Record<Merged, unknown>>; kept: Merged[] } {
  const previous = (row.catalogueSnapshot ?? {}) as Snapshot;
  const changes: Partial<Record<Merged, unknown>> = {};
  const kept: Merged[] = [];
  for (const k of MERGED) {
    if (same(row[k], incoming[k])) continue;
    if (k in previous && same(row[k], previous[k])) changes[k] = incoming[k];
    else kept.push(k);
  }
  return { changes, kept };
}

export interface CatalogueLoadResult {
  inserted: number;
  updated: number;
  keptLocalEdits: { key: string; fields: string[] }[];
  milestones: number;
}

/** Load or update the reference catalogue; idempotent, run at every start. */
export async function loadCatalogue(db: Db, now: Date, entries: CatalogueEntry[] = CATALOGUE, reviews: CatalogueReview[] = CATALOGUE_REVIEWS): Promise<CatalogueLoadResult> {
  return db.transaction(async (tx) => {
    const result: CatalogueLoadResult = { inserted: 0, updated: 0, keptLocalEdits: [], milestones: 0 };
    const existing = new Map((await findDocumentsByCatalogueKeys(tx, entries.map((e) => e.key))).map((d) => [d.catalogueKey as string, d]));
    const idByKey = new Map<string, DocumentRow>();
    for (const entry of entries) {
      const incoming = valuesOf(entry);
      const sources = entry.sources;
      let row = existing.get(entry.key);
      if (!row) {
        // A user may have registered it before the catalogue knew it: adopt that record as is.
        const same = await findDocumentByIdentity(tx, incoming.identityKey);
        if (same && same.catalogueKey === null) {
          row = await updateDocumentRow(tx, same.id, same.version, { catalogueKey: entry.key, catalogueSnapshot: snapshotOf(incoming), catalogueSources: sources }, now);
        } else {
          row = await insertDocument(tx, { ...incoming, catalogueKey: entry.key, catalogueSnapshot: snapshotOf(incoming), catalogueSources: sources });
          await recordSystemChange(tx, 'catalogue', { entity: 'document', entityId: row.id, unitId: null, action: 'create', summary: `${entry.symbol} (${entry.issueDate})`, after: snapshotOf(incoming) });
          result.inserted++;
        }
      } else {
        const { changes, kept } = mergeEntry(row, incoming);
        if (kept.length) result.keptLocalEdits.push({ key: entry.key, fields: kept });
        const snapshotChanged = !same(row.catalogueSnapshot, snapshotOf(incoming)) || !same(row.catalogueSources, sources);
        if (Object.keys(changes).length || snapshotChanged) {
          const merged = { ...row, ...changes } as DocumentRow;
          const derived = documentValues({ ...merged, ownerUnitId: null, issuerUnitId: null, fields: merged.fields, issuerCode: merged.issuerCode as never });
          const updated = await updateDocumentRow(
            tx,
            row.id,
            row.version,
            { ...(changes as Partial<DocumentRow>), identityKey: derived.identityKey, searchText: derived.searchText, catalogueSnapshot: snapshotOf(incoming), catalogueSources: sources },
            now,
          );
          if (updated && Object.keys(changes).length) {
            await recordSystemChange(tx, 'catalogue', { entity: 'document', entityId: row.id, unitId: null, action: 'update', summary: entry.symbol, before: Object.fromEntries(Object.keys(changes).map((k) => [k, row?.[k as Merged]])), after: changes });
            result.updated++;
          }
          row = updated ?? row;
        }
      }
      if (row) idByKey.set(entry.key, row);
    }
    for (const entry of entries) {
      const from = idByKey.get(entry.key);
      for (const r of entry.relations) {
        const to = idByKey.get(r.targetKey);
        if (from && to) await insertRelation(tx, from.id, to.id, r.relation);
      }
    }
    for (const review of reviews) {
      const doc = [...idByKey.values()].find((d) => d.symbol === review.symbol && d.issueDate === review.issueDate);
      if (!doc?.issueDate) continue;
      const have = await listMilestonesOfDocument(tx, doc.id);
      if (have.some((m) => m.unitId === null && m.kind === review.kind)) continue;
      await insertMilestones(tx, [{ documentId: doc.id, unitId: null, kind: review.kind, yearsAfter: review.years, dueDate: addYears(doc.issueDate, review.years) }]);
      result.milestones++;
    }
    return result;
  });
}
