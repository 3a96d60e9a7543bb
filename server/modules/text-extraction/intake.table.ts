import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { INTAKE_SOURCE_KINDS, INTAKE_STATUSES } from '../../../shared/intake.ts';
import { idColumn, timestamps, versionColumn } from '../../db/columns.ts';
import { units } from '../units/units.table.ts';
import { users } from '../users/users.table.ts';
import { AWARD_KINDS, type Extraction } from './core/types.ts';

export const intakeStatusEnum = pgEnum('intake_status', INTAKE_STATUSES);
export const intakeSourceKindEnum = pgEnum('intake_source_kind', INTAKE_SOURCE_KINDS);
export const awardKindEnum = pgEnum('award_kind', AWARD_KINDS.map((k) => k.code) as [(typeof AWARD_KINDS)[number]['code'], ...(typeof AWARD_KINDS)[number]['code'][]]);

/** One file of a batch as it was handled: a new text, a text already there, or an error. */
export interface BatchItem {
  name: string;
  outcome: 'new' | 'duplicate' | 'error';
  textId: string | null;
  message: { vi: string; en: string } | null;
}

/**
 * Records created from a text, by the index of the fact they came from, so a
 * second review sees them as already there (ADR 011).
 */
export interface AcceptedLinks {
  documents?: Record<string, string>;
  persons?: Record<string, string>;
  awards?: Record<string, string>;
  event?: string;
}

/** A batch of files imported together: many uploads, one summary ("n mới, m đã có"). */
export const intakeBatches = pgTable(
  'intake_batches',
  {
    id: idColumn(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    createdByUserId: uuid().references(() => users.id),
    name: text().notNull(),
    /** Files the client announced; the progress bar's total. */
    fileCount: integer().notNull().default(0),
    newCount: integer().notNull().default(0),
    duplicateCount: integer().notNull().default(0),
    errorCount: integer().notNull().default(0),
    items: jsonb().$type<BatchItem[]>().notNull().default(sql`'[]'::jsonb`),
    ...timestamps(),
  },
  (t) => [index('intake_batches_unit_idx').on(t.unitId, t.createdAt)],
);

/**
 * Texts imported for review (news, reports, minutes). Stored once per unit by
 * the SHA-256 of the normalised text; the extraction is kept as read, and the
 * proposals are computed from it at read time against the current registry.
 */
export const intakeTexts = pgTable(
  'intake_texts',
  {
    id: idColumn(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    batchId: uuid().references(() => intakeBatches.id, { onDelete: 'set null' }),
    contentHash: text().notNull(),
    title: text().notNull(),
    sourceName: text().notNull(),
    sourceKind: intakeSourceKindEnum().notNull(),
    text: text().notNull(),
    extraction: jsonb().$type<Extraction>().notNull(),
    status: intakeStatusEnum().notNull().default('pending'),
    accepted: jsonb().$type<AcceptedLinks>().notNull().default(sql`'{}'::jsonb`),
    createdByUserId: uuid().references(() => users.id),
    reviewedByUserId: uuid().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true, mode: 'date' }),
    searchText: text().notNull(),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('intake_texts_unit_hash').on(t.unitId, t.contentHash),
    index('intake_texts_batch_idx').on(t.batchId),
    index('intake_texts_unit_idx').on(t.unitId, t.createdAt),
  ],
);

/**
 * Awards read from a text and accepted (khen thưởng). Owned here until the
 * emulation module exists, which will take them over (ADR 011).
 */
export const intakeAwards = pgTable(
  'intake_awards',
  {
    id: idColumn(),
    textId: uuid()
      .notNull()
      .references(() => intakeTexts.id),
    /** Index of the award in the text's extraction. */
    sourceIndex: smallint().notNull(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    giver: text().notNull(),
    kind: awardKindEnum().notNull(),
    collectives: integer(),
    individuals: integer(),
    reason: text(),
    awardDate: date({ mode: 'string' }),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('intake_awards_source').on(t.textId, t.sourceIndex), index('intake_awards_unit_idx').on(t.unitId)],
);

/**
 * The event a text reports (a conference, a working session), once accepted.
 * Owned here until the conferences module exists (ADR 011).
 */
export const intakeEvents = pgTable(
  'intake_events',
  {
    id: idColumn(),
    textId: uuid()
      .notNull()
      .references(() => intakeTexts.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    eventDate: date({ mode: 'string' }).notNull(),
    title: text().notNull(),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('intake_events_text').on(t.textId), index('intake_events_unit_idx').on(t.unitId, t.eventDate)],
);
