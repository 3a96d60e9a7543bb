import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, date, index, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DOCUMENT_FIELDS, DOCUMENT_KIND_CODES, DOCUMENT_RELATIONS, DOCUMENT_STATUSES } from '../../../shared/documents.ts';
import { idColumn, timestamps, versionColumn } from '../../db/columns.ts';
import { units } from '../units/units.table.ts';

export const documentKindEnum = pgEnum('document_kind', DOCUMENT_KIND_CODES);
export const documentStatusEnum = pgEnum('document_status', DOCUMENT_STATUSES);
export const documentFieldEnum = pgEnum('document_field', DOCUMENT_FIELDS);
export const documentRelationEnum = pgEnum('document_relation', DOCUMENT_RELATIONS);
export const reviewKindEnum = pgEnum('review_kind', ['interim', 'final', 'other']);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * Party and State documents. `owner_unit_id` null = a central document every
 * user may read; otherwise the unit that registered it (ADR 009).
 * `identity_key` enforces identity as (kind, number, symbol, issuer, date or
 * term): Party numbering restarts per kind, issuer and term (HD 36-HD/VPTW).
 */
export const documents = pgTable(
  'documents',
  {
    id: idColumn(),
    ownerUnitId: uuid().references(() => units.id),
    kind: documentKindEnum().notNull(),
    number: text().notNull(),
    symbol: text(),
    issueDate: date({ mode: 'string' }),
    issuerCode: text(),
    issuerName: text().notNull(),
    issuerUnitId: uuid().references(() => units.id),
    term: smallint(),
    subject: text().notNull(),
    fields: documentFieldEnum().array().notNull().default(sql`'{}'`),
    status: documentStatusEnum().notNull().default('in_force'),
    note: text(),
    identityKey: text().notNull(),
    /** Reference catalogue: stable key, and the catalogue's values as last loaded (for 3-way updates). */
    catalogueKey: text(),
    catalogueSnapshot: jsonb(),
    catalogueSources: jsonb(),
    searchText: text().notNull(),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('documents_identity_key').on(t.identityKey),
    uniqueIndex('documents_catalogue_key').on(t.catalogueKey),
    index('documents_owner_idx').on(t.ownerUnitId),
    index('documents_issue_date_idx').on(t.issueDate),
    // "ket luan dan van": each word is a LIKE '%…%' on the folded text, answered by trigrams (ADR 013).
    index('documents_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // The central documents alone (4,000 of 200,000 at country scale), which every search below the
    // central level reads: their matches without walking the posting lists of the whole table (ADR 013).
    index('documents_central_search_trgm_idx')
      .using('gin', sql`${t.searchText} gin_trgm_ops`)
      .where(sql`${t.ownerUnitId} is null`),
  ],
);

export const documentRelations = pgTable(
  'document_relations',
  {
    fromId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    toId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    relation: documentRelationEnum().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.fromId, t.toId, t.relation] }), index('document_relations_to_idx').on(t.toId)],
);

/** File contents, stored once by SHA-256 whatever the number of records that attach them. */
export const files = pgTable('files', {
  sha256: text().primaryKey(),
  size: bigint({ mode: 'number' }).notNull(),
  mediaType: text().notNull(),
  content: bytea().notNull(),
  createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const documentAttachments = pgTable(
  'document_attachments',
  {
    id: idColumn(),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    fileSha256: text()
      .notNull()
      .references(() => files.sha256),
    fileName: text().notNull(),
    ...timestamps(),
  },
  (t) => [index('document_attachments_doc_idx').on(t.documentId), uniqueIndex('document_attachments_once').on(t.documentId, t.fileSha256)],
);

/**
 * Review milestones (sơ kết / tổng kết) of a document. `unit_id` null = a
 * milestone of the document itself, for every unit that implements it;
 * otherwise one unit's own milestone.
 */
export const reviewMilestones = pgTable(
  'review_milestones',
  {
    id: idColumn(),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    unitId: uuid().references(() => units.id),
    kind: reviewKindEnum().notNull(),
    yearsAfter: smallint(),
    dueDate: date({ mode: 'string' }).notNull(),
    label: text(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('review_milestones_due_idx').on(t.dueDate), index('review_milestones_doc_idx').on(t.documentId)],
);

/** A unit's completion of a milestone: done on a date, with its report. */
export const reviewCompletions = pgTable(
  'review_completions',
  {
    milestoneId: uuid()
      .notNull()
      .references(() => reviewMilestones.id, { onDelete: 'cascade' }),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    doneDate: date({ mode: 'string' }).notNull(),
    reportDocumentId: uuid().references(() => documents.id),
    reportRef: text(),
    note: text(),
    taskCreated: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.milestoneId, t.unitId] })],
);
