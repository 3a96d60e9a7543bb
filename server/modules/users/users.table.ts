import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../../shared/access.ts';
import { LANGS } from '../../../shared/labels.ts';
import { idColumn, timestamps, versionColumn } from '../../db/columns.ts';
import { persons } from '../people/people.table.ts';
import { units } from '../units/units.table.ts';

export const roleEnum = pgEnum('role', ROLES);
export const langEnum = pgEnum('lang', LANGS);

export const users = pgTable(
  'users',
  {
    id: idColumn(),
    username: text().notNull(),
    displayName: text().notNull(),
    personId: uuid().references(() => persons.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    role: roleEnum().notNull(),
    passwordHash: text().notNull(),
    active: boolean().notNull().default(true),
    language: langEnum().notNull().default('vi'),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true, mode: 'date' }),
    passwordChangedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastLoginAt: timestamp({ withTimezone: true, mode: 'date' }),
    searchText: text().notNull(),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('users_username_key').on(t.username), index('users_unit_idx').on(t.unitId)],
);
