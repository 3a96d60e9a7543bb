import { sql } from 'drizzle-orm';
import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns every table has: id and timestamps. */
export const idColumn = () => uuid().primaryKey().default(sql`gen_random_uuid()`);

export const timestamps = () => ({
  createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** Optimistic-locking version of an editable record (starts at 1). */
export const versionColumn = () => integer().notNull().default(1);
