import { sql } from 'drizzle-orm';
import { boolean, date, index, pgEnum, pgTable, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { GENDERS } from '../../../shared/units.ts';
import { idColumn, timestamps, versionColumn } from '../../db/columns.ts';
import { units } from '../units/units.table.ts';

export const genderEnum = pgEnum('gender', GENDERS);

/**
 * Persons. Ethnicity and religion are sensitive personal data (Law 91/2025/QH15):
 * optional, shown only to roles with `person.sensitive`, masked in the audit log.
 */
export const persons = pgTable(
  'persons',
  {
    id: idColumn(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    fullName: text().notNull(),
    gender: genderEnum(),
    birthYear: smallint(),
    ethnicity: text(),
    religion: text(),
    phone: text(),
    email: text(),
    searchText: text().notNull(),
    sortKey: text().notNull(),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [
    index('persons_unit_idx').on(t.unitId),
    index('persons_sort_idx').on(t.sortKey),
    index('persons_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** A person holds a position (chức vụ) in a unit over a period; one current head per unit. */
export const positions = pgTable(
  'positions',
  {
    id: idColumn(),
    personId: uuid()
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    title: text().notNull(),
    isHead: boolean().notNull().default(false),
    startDate: date({ mode: 'string' }),
    endDate: date({ mode: 'string' }),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [
    index('positions_person_idx').on(t.personId),
    index('positions_unit_idx').on(t.unitId),
    uniqueIndex('positions_one_current_head').on(t.unitId).where(sql`${t.isHead} and ${t.endDate} is null`),
  ],
);
