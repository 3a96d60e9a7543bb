import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, date, index, pgEnum, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { GROUP_KINDS, UNIT_KINDS, UNIT_LEVELS, UNIT_STATUSES } from '../../../shared/units.ts';
import { idColumn, timestamps, versionColumn } from '../../db/columns.ts';

export const unitKindEnum = pgEnum('unit_kind', UNIT_KINDS);
export const unitLevelEnum = pgEnum('unit_level', UNIT_LEVELS);
export const unitStatusEnum = pgEnum('unit_status', UNIT_STATUSES);
export const groupKindEnum = pgEnum('group_kind', GROUP_KINDS);

/**
 * The unit tree. `path` is the materialised path of ids, `/root/…/self/`, so
 * "everything under this unit" is one `path LIKE '<prefix>%'` predicate on a
 * text_pattern_ops index (see docs/decisions/003-unit-tree-and-scope.md).
 */
export const units = pgTable(
  'units',
  {
    id: idColumn(),
    parentId: uuid().references((): AnyPgColumn => units.id),
    path: text().notNull(),
    depth: smallint().notNull(),
    name: text().notNull(),
    shortName: text(),
    code: text(),
    kind: unitKindEnum().notNull(),
    level: unitLevelEnum().notNull(),
    status: unitStatusEnum().notNull().default('active'),
    validFrom: date({ mode: 'string' }),
    validTo: date({ mode: 'string' }),
    successorId: uuid().references((): AnyPgColumn => units.id),
    dissolutionNote: text(),
    searchText: text().notNull(),
    sortKey: text().notNull(),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [
    index('units_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('units_parent_idx').on(t.parentId),
    index('units_successor_idx').on(t.successorId),
  ],
);

/** Emulation clusters and blocs (cụm, khối thi đua): groups of units across the tree. */
export const unitGroups = pgTable(
  'unit_groups',
  {
    id: idColumn(),
    ownerUnitId: uuid()
      .notNull()
      .references(() => units.id),
    kind: groupKindEnum().notNull(),
    name: text().notNull(),
    year: smallint(),
    note: text(),
    searchText: text().notNull(),
    sortKey: text().notNull(),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [index('unit_groups_owner_idx').on(t.ownerUnitId)],
);

export const unitGroupMembers = pgTable(
  'unit_group_members',
  {
    groupId: uuid()
      .notNull()
      .references(() => unitGroups.id, { onDelete: 'cascade' }),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.unitId] }), index('unit_group_members_unit_idx').on(t.unitId)],
);

/**
 * One row: a counter that moves whenever the unit tree changes in a way that
 * can change a scope's predecessor paths — units inserted or deleted, or their
 * path, parent or successor updated. Moved by statement triggers (migration
 * 0010), so a change made by any process moves it at its commit. The
 * sign-in statement reads it with the actor, and cached predecessor paths are
 * used only while it stands still (ADR 014).
 */
export const unitTreeEpoch = pgTable('unit_tree_epoch', {
  id: smallint().primaryKey().default(1),
  epoch: bigint({ mode: 'number' }).notNull().default(0),
});
