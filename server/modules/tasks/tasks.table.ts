import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { EXTENSION_STATUSES, PERIOD_TYPES, TASK_PRIORITIES, TASK_PRODUCTS, TASK_STATUSES } from '../../../shared/tasks.ts';
import { idColumn, timestamps, versionColumn } from '../../db/columns.ts';
import { documents, files } from '../documents/documents.table.ts';
import { persons } from '../people/people.table.ts';
import { units } from '../units/units.table.ts';
import { users } from '../users/users.table.ts';

export const periodTypeEnum = pgEnum('period_type', PERIOD_TYPES);
export const taskStatusEnum = pgEnum('task_status', TASK_STATUSES);
export const taskPriorityEnum = pgEnum('task_priority', TASK_PRIORITIES);
export const taskProductEnum = pgEnum('task_product', TASK_PRODUCTS);
export const extensionStatusEnum = pgEnum('extension_status', EXTENSION_STATUSES);

/** A unit's work programme for a period; a year's programme has half-year, quarter and month ones under it. */
export const programmes = pgTable(
  'programmes',
  {
    id: idColumn(),
    ownerUnitId: uuid()
      .notNull()
      .references(() => units.id),
    parentId: uuid(),
    periodType: periodTypeEnum().notNull(),
    year: smallint().notNull(),
    /** Half 1–2, quarter 1–4, month 1–12; null for a year. */
    periodNo: smallint(),
    title: text().notNull(),
    note: text(),
    searchText: text().notNull(),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [index('programmes_owner_idx').on(t.ownerUnitId, t.year)],
);

/**
 * Tasks. `assigner_unit_id` is the unit that gave the task (it verifies and
 * approves extensions); `lead_unit_id` the unit that carries it out (chủ trì).
 * A task assigned down the tree becomes one child task per assignee unit
 * (`parent_id`); `path` (task ids) serves roll-ups. `progress` is what people
 * type; `effective_progress` is the same for a leaf and the weighted average
 * of the children for a parent.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: idColumn(),
    programmeId: uuid().references(() => programmes.id),
    parentId: uuid(),
    path: text().notNull(),
    assignerUnitId: uuid()
      .notNull()
      .references(() => units.id),
    leadUnitId: uuid()
      .notNull()
      .references(() => units.id),
    responsiblePersonId: uuid().references(() => persons.id),
    title: text().notNull(),
    description: text(),
    expectedProduct: taskProductEnum(),
    sourceDocumentId: uuid().references(() => documents.id),
    sourceNote: text(),
    field: text(),
    priority: taskPriorityEnum().notNull().default('normal'),
    isKey: boolean().notNull().default(false),
    startDate: date({ mode: 'string' }),
    dueDate: date({ mode: 'string' }).notNull(),
    originalDueDate: date({ mode: 'string' }).notNull(),
    status: taskStatusEnum().notNull().default('not_started'),
    progress: smallint().notNull().default(0),
    effectiveProgress: smallint().notNull().default(0),
    weight: smallint().notNull().default(1),
    /** Date the accepted result was submitted: judges on time or late. */
    completedOn: date({ mode: 'string' }),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }),
    submittedByUserId: uuid().references(() => users.id),
    createdByUserId: uuid().references(() => users.id),
    searchText: text().notNull(),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [
    index('tasks_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    // Covers the 2×2 deadline classes: an index-only scan per lead unit (bench/explain).
    index('tasks_lead_due_idx').on(t.leadUnitId, t.dueDate, t.status, t.completedOn),
    index('tasks_assigner_idx').on(t.assignerUnitId),
    index('tasks_parent_idx').on(t.parentId),
    index('tasks_programme_idx').on(t.programmeId),
    index('tasks_responsible_idx').on(t.responsiblePersonId),
    index('tasks_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const taskCooperators = pgTable(
  'task_cooperators',
  {
    taskId: uuid()
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.unitId] }), index('task_cooperators_unit_idx').on(t.unitId)],
);

/** Dated progress notes with the % the person typed, and evidence. */
export const taskReports = pgTable(
  'task_reports',
  {
    id: idColumn(),
    taskId: uuid()
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    reportedOn: date({ mode: 'string' }).notNull(),
    percent: smallint().notNull(),
    note: text(),
    byUserId: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('task_reports_task_idx').on(t.taskId)],
);

export const taskReportFiles = pgTable(
  'task_report_files',
  {
    reportId: uuid()
      .notNull()
      .references(() => taskReports.id, { onDelete: 'cascade' }),
    fileSha256: text()
      .notNull()
      .references(() => files.sha256),
    fileName: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.fileSha256] })],
);

export const taskExtensions = pgTable(
  'task_extensions',
  {
    id: idColumn(),
    taskId: uuid()
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    requestedDueDate: date({ mode: 'string' }).notNull(),
    previousDueDate: date({ mode: 'string' }).notNull(),
    reason: text().notNull(),
    status: extensionStatusEnum().notNull().default('pending'),
    requestedByUserId: uuid().references(() => users.id),
    decidedByUserId: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true, mode: 'date' }),
    decisionNote: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('task_extensions_task_idx').on(t.taskId)],
);

/** Every transition with who, when and why (reasons for returns and cancellations). */
export const taskEvents = pgTable(
  'task_events',
  {
    id: idColumn(),
    taskId: uuid()
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    at: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    byUserId: uuid().references(() => users.id),
    fromStatus: taskStatusEnum(),
    toStatus: taskStatusEnum(),
    action: text().notNull(),
    reason: text(),
  },
  (t) => [index('task_events_task_idx').on(t.taskId)],
);


/** E-mail reminders sent: at most one per task per day. */
export const taskReminders = pgTable(
  'task_reminders',
  {
    taskId: uuid()
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    sentOn: date({ mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.sentOn] })],
);

/**
 * One row: a counter that moves whenever the 2×2 deadline classes of some unit
 * may have changed — tasks inserted or deleted, or their status, due date,
 * completion date or lead unit updated; units inserted, deleted, moved or
 * renamed. Moved by statement triggers (migration 0009), so a change made by
 * any process, in any transaction, moves it at its commit. The dashboard
 * keeps its answers while the counter stands still (ADR 015); progress reports
 * leave it alone, since a task's progress is not part of its class.
 */
export const taskDeadlineEpoch = pgTable('task_deadline_epoch', {
  id: smallint().primaryKey().default(1),
  epoch: bigint({ mode: 'number' }).notNull().default(0),
});
