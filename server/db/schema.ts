// Every table, for drizzle-kit and the typed client. Modules own their tables.
export * from '../modules/units/units.table.ts';
export * from '../modules/people/people.table.ts';
export * from '../modules/users/users.table.ts';
export * from '../modules/auth/auth.table.ts';
export * from '../modules/audit/audit.table.ts';
export * from '../modules/documents/documents.table.ts';
export * from '../modules/tasks/tasks.table.ts';
export * from '../modules/text-extraction/intake.table.ts';
