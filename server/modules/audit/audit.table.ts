import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * One row per change, written in the transaction of the change. Ids are kept
 * as plain values (no foreign keys) so history outlives what it describes.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    actorUserId: uuid(),
    actorName: text(),
    actorUnitId: uuid(),
    unitId: uuid(),
    entity: text().notNull(),
    entityId: text().notNull(),
    action: text().notNull(),
    summary: text(),
    before: jsonb(),
    after: jsonb(),
    requestId: text(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_unit_idx').on(t.unitId),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
  ],
);
