import { and, asc, eq, getTableColumns, inArray, like, ne, or, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DeadlineClass, TaskStatus } from '../../../shared/tasks.ts';
import { type Db, queryRows } from '../../db/client.ts';
import { pathInScope, unitIdInScope } from '../../db/scope.ts';
import type { Scope } from '../../http/context.ts';
import { pick } from '../../lib/pick.ts';
import { escapeLike, foldVietnamese } from '../../lib/vi-text.ts';
import { files } from '../documents/documents.table.ts';
import { persons } from '../people/people.table.ts';
import { units } from '../units/units.table.ts';
import { programmes, taskCooperators, taskDeadlineEpoch, taskEvents, taskExtensions, taskReminders, taskReportFiles, taskReports, tasks } from './tasks.table.ts';

export type TaskRow = typeof tasks.$inferSelect;
export type ProgrammeRow = typeof programmes.$inferSelect;
export type ExtensionRow = typeof taskExtensions.$inferSelect;

const pathInScopeRaw = (scope: Scope) => pathInScope(scope, sql.raw('u.path') as never);

/**
 * The scope's unit ids as one array, computed once per statement. Inside an
 * OR, `column = any(array(...))` lets PostgreSQL combine the indexes of each
 * branch (BitmapOr); `column in (subquery)` there makes it test every task in
 * the database (bench/README.md: 4 s for a commune's search at country scale).
 */
const scopeUnitIds = (scope: Scope): SQL => sql`array(select u.id from units u where ${pathInScopeRaw(scope)})`;

/**
 * A scope rooted at the top of the tree (the central level) holds nearly every
 * unit: one pass over the tasks with hashed subqueries is then the right plan,
 * while an array of 20,000 unit ids would be searched linearly for each task.
 */
const wholeTree = (scope: Scope): boolean => scope.prefixes.some((p) => p.split('/').filter(Boolean).length === 1);

/** A task is seen by its lead unit's, its assigner's and its co-operating units' scopes. */
export function taskVisible(scope: Scope): SQL {
  if (scope.prefixes.length === 0) return sql`false`;
  if (wholeTree(scope))
    return or(
      unitIdInScope(tasks.leadUnitId, scope),
      unitIdInScope(tasks.assignerUnitId, scope),
      // Qualified by hand: Drizzle leaves columns unqualified in one-table selects.
      sql`exists (select 1 from task_cooperators tc where tc.task_id = "tasks"."id" and tc.unit_id in (select u.id from units u where ${pathInScopeRaw(scope)}))`,
    ) as SQL;
  const ids = scopeUnitIds(scope);
  return sql`(${tasks.leadUnitId} = any(${ids}) or ${tasks.assignerUnitId} = any(${ids}) or ${tasks.id} = any(array(select tc.task_id from task_cooperators tc where tc.unit_id = any(${ids}))))`;
}

export async function findVisibleTask(db: Db, scope: Scope, id: string): Promise<TaskRow | undefined> {
  const [row] = await db
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, id), taskVisible(scope)));
  return row;
}

const leadUnit = alias(units, 'lead_unit');
const assignerUnit = alias(units, 'assigner_unit');

/** A visible task with what the rules about it need, read in one statement. */
export interface VisibleTask {
  task: TaskRow;
  /** Paths of the lead and assigner units, for the side checks (tasks.policy.ts). */
  sides: { leadPath: string; assignerPath: string };
  /** Whether any task (cancelled ones included) was assigned down from it. */
  hasChildren: boolean;
}

/**
 * The task, if the scope sees it, with its units' paths and whether it has
 * children. The units are joined unscoped: seeing the task is enough to know
 * who gave and who leads it.
 */
export async function findVisibleTaskWithSides(db: Db, scope: Scope, id: string): Promise<VisibleTask | undefined> {
  const [row] = await db
    .select({
      task: tasks,
      leadPath: leadUnit.path,
      assignerPath: assignerUnit.path,
      hasChildren: sql<boolean>`exists (select 1 from ${tasks} k where k.parent_id = ${tasks.id})`,
    })
    .from(tasks)
    .innerJoin(leadUnit, eq(leadUnit.id, tasks.leadUnitId))
    .innerJoin(assignerUnit, eq(assignerUnit.id, tasks.assignerUnitId))
    .where(and(eq(tasks.id, id), taskVisible(scope)));
  return row && { task: row.task, sides: { leadPath: row.leadPath, assignerPath: row.assignerPath }, hasChildren: row.hasChildren };
}

/** Paths of units by id. Unscoped: callers ask only for the units of tasks the actor sees. */
export async function unitPaths(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: units.id, path: units.path }).from(units).where(inArray(units.id, ids));
  return new Map(rows.map((r) => [r.id, r.path]));
}

/** Unscoped by design: roll-ups walk up to ancestors the actor may not see. */
export async function findTaskById(db: Db, id: string): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, id));
  return row;
}

/** Tasks by id, in no particular order. Unscoped: for rows the caller has just written. */
export async function findTasksByIds(db: Db, ids: string[]): Promise<TaskRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(tasks).where(inArray(tasks.id, ids));
}

export async function insertProgramme(db: Db, values: typeof programmes.$inferInsert): Promise<ProgrammeRow> {
  const [row] = await db.insert(programmes).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findProgrammeInScope(db: Db, scope: Scope, id: string): Promise<ProgrammeRow | undefined> {
  const [row] = await db
    .select()
    .from(programmes)
    .where(and(eq(programmes.id, id), unitIdInScope(programmes.ownerUnitId, scope)));
  return row;
}

export async function listProgrammesInScope(db: Db, scope: Scope, year?: number) {
  return db
    .select()
    .from(programmes)
    .where(and(unitIdInScope(programmes.ownerUnitId, scope), year ? eq(programmes.year, year) : undefined))
    .orderBy(asc(programmes.year), asc(programmes.periodType), asc(programmes.periodNo));
}

export async function insertTask(db: Db, values: Omit<typeof tasks.$inferInsert, 'path'>, parentPath: string | null): Promise<TaskRow> {
  const id = values.id as string;
  const [row] = await db
    .insert(tasks)
    .values({ ...values, path: `${parentPath ?? '/'}${id}/` })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function setCooperators(db: Db, taskId: string, unitIds: string[]) {
  await db.delete(taskCooperators).where(eq(taskCooperators.taskId, taskId));
  if (unitIds.length) await db.insert(taskCooperators).values(unitIds.map((unitId) => ({ taskId, unitId })));
}

export async function updateTaskRow(db: Db, id: string, expectedVersion: number, values: Partial<typeof tasks.$inferInsert>, now: Date) {
  const [row] = await db
    .update(tasks)
    .set({ ...values, updatedAt: now, version: sql`${tasks.version} + 1` })
    .where(and(eq(tasks.id, id), eq(tasks.version, expectedVersion)))
    .returning();
  return row;
}

export async function listChildren(db: Db, parentId: string) {
  return db.select().from(tasks).where(eq(tasks.parentId, parentId)).orderBy(asc(tasks.dueDate), asc(tasks.createdAt));
}

export async function insertEvent(db: Db, values: typeof taskEvents.$inferInsert) {
  await db.insert(taskEvents).values(values);
}

export async function insertReport(db: Db, values: typeof taskReports.$inferInsert) {
  const [row] = await db.insert(taskReports).values(values).returning();
  return row;
}

export async function insertExtension(db: Db, values: typeof taskExtensions.$inferInsert) {
  const [row] = await db.insert(taskExtensions).values(values).returning();
  return row as ExtensionRow;
}

export async function listExtensions(db: Db, taskId: string) {
  return db.select().from(taskExtensions).where(eq(taskExtensions.taskId, taskId)).orderBy(asc(taskExtensions.createdAt));
}

export async function findExtension(db: Db, id: string) {
  const [row] = await db.select().from(taskExtensions).where(eq(taskExtensions.id, id));
  return row;
}

export async function decideExtensionRow(db: Db, id: string, values: Partial<typeof taskExtensions.$inferInsert>) {
  const [row] = await db
    .update(taskExtensions)
    .set(values)
    .where(and(eq(taskExtensions.id, id), eq(taskExtensions.status, 'pending')))
    .returning();
  return row;
}

/**
 * A task's effective progress from its children: their weighted average, the
 * cancelled left out, rounded half up (as Math.round did); null without children.
 * Exact numeric division, so a true .5 is never lost to floating point.
 */
const childrenAverage = (parent: SQLWrapper) =>
  sql`(select round(sum(c.weight * c.effective_progress)::numeric / nullif(sum(c.weight), 0))::int from ${tasks} c where c.parent_id = ${parent} and c.status <> 'cancelled')`;

/**
 * Recompute a parent's effective progress from its children, then its
 * parent's, up the chain, and stop at the first one that does not change: an
 * ancestor depends on its children's values only, so nothing above it can move.
 * The rows above are then neither written nor locked: concurrent reports under
 * one province task queue on its row only when their district's value moves.
 *
 * Each level takes the row lock first and computes in the next statement: in
 * READ COMMITTED a statement sees what committed before it began, so a sibling's
 * roll-up that held the lock is counted (computing before waiting lost it; the
 * lock is needed even when the value then does not move, for the same reason).
 */
export async function rollUpFrom(db: Db, parentId: string | null, now: Date): Promise<void> {
  let current = parentId;
  while (current) {
    const [locked] = await db.select({ parentId: tasks.parentId }).from(tasks).where(eq(tasks.id, current)).for('no key update');
    if (!locked) return;
    const value = sql`coalesce(${childrenAverage(tasks.id)}, ${tasks.progress})`;
    const moved = await db
      .update(tasks)
      .set({ effectiveProgress: value, updatedAt: now })
      .where(and(eq(tasks.id, current), sql`${tasks.effectiveProgress} is distinct from ${value}`))
      .returning({ id: tasks.id });
    if (moved.length === 0) return;
    current = locked.parentId;
  }
}

export interface TaskFilter {
  leadUnitIds?: string[] | undefined;
  /** Lead unit under this path. */
  leadUnderPath?: string | undefined;
  /** Given by this unit to another one. */
  assignedByUnitId?: string | undefined;
  field?: string | undefined;
  sourceDocumentId?: string | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  deadlineClass?: { cls: DeadlineClass; asOf: string } | undefined;
  keyOnly?: boolean | undefined;
  programmeId?: string | undefined;
  statuses?: TaskStatus[] | undefined;
  responsiblePersonId?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * One folded word of a search. Below the top of the tree the scope's own tasks are few next to the
 * table (a commune sees about a thousand of two million): `strpos` keeps the planner on the scope's
 * indexes and tests only those rows, where a `LIKE` made it prefer the trigram index over the whole
 * table (a commune's search 6.6 → 70–100 ms at country scale). A whole-tree scope searches with `LIKE`
 * and the trigram index (ADR 013). Same answer either way.
 */
function searchWord(scope: Scope, word: string): SQL {
  return wholeTree(scope) ? like(tasks.searchText, `%${escapeLike(word)}%`) : sql`strpos(${tasks.searchText}, ${word}) > 0`;
}

function taskFilterCondition(scope: Scope, f: TaskFilter): SQL {
  const conditions: SQL[] = [taskVisible(scope)];
  if (f.leadUnitIds) conditions.push(inArray(tasks.leadUnitId, f.leadUnitIds.length ? f.leadUnitIds : ['00000000-0000-0000-0000-000000000000']));
  if (f.programmeId) conditions.push(eq(tasks.programmeId, f.programmeId));
  if (f.leadUnderPath) conditions.push(sql`${tasks.leadUnitId} in (select u.id from units u where u.path like ${`${escapeLike(f.leadUnderPath)}%`})`);
  if (f.assignedByUnitId) conditions.push(and(eq(tasks.assignerUnitId, f.assignedByUnitId), ne(tasks.leadUnitId, f.assignedByUnitId)) as SQL);
  if (f.field) conditions.push(eq(tasks.field, f.field));
  if (f.sourceDocumentId) conditions.push(eq(tasks.sourceDocumentId, f.sourceDocumentId));
  if (f.dueFrom) conditions.push(sql`${tasks.dueDate} >= ${f.dueFrom}`);
  if (f.dueTo) conditions.push(sql`${tasks.dueDate} <= ${f.dueTo}`);
  if (f.keyOnly) conditions.push(eq(tasks.isKey, true));
  if (f.deadlineClass) conditions.push(deadlineClassCondition(f.deadlineClass.cls, f.deadlineClass.asOf));
  if (f.statuses?.length) conditions.push(inArray(tasks.status, f.statuses));
  if (f.responsiblePersonId) conditions.push(eq(tasks.responsiblePersonId, f.responsiblePersonId));
  if (f.q) for (const w of foldVietnamese(f.q).split(' ').filter(Boolean)) conditions.push(searchWord(scope, w));
  return and(...conditions) as SQL;
}

/**
 * What a row of a task list carries: no free text beyond the title (the
 * description and source note are read on the task's page) and none of the
 * internals (path, search text, timestamps).
 */
export const TASK_LIST_FIELDS = [
  'id',
  'programmeId',
  'parentId',
  'assignerUnitId',
  'leadUnitId',
  'responsiblePersonId',
  'title',
  'expectedProduct',
  'sourceDocumentId',
  'field',
  'priority',
  'isKey',
  'startDate',
  'dueDate',
  'originalDueDate',
  'status',
  'progress',
  'effectiveProgress',
  'weight',
  'completedOn',
  'version',
] as const satisfies readonly (keyof TaskRow)[];

/** The task fields the API shows on a task's page and for its children (tasks.presenter.ts `presentTask`). */
export const PRESENTED_TASK_FIELDS = [...TASK_LIST_FIELDS, 'description', 'sourceNote'] as const satisfies readonly (keyof TaskRow)[];

const taskListColumns = pick(tasks, TASK_LIST_FIELDS);

export type TaskListRow = Pick<TaskRow, keyof typeof taskListColumns>;

/** By due date and title, then id: tasks sharing both keep one order, so pages never repeat or skip them. */
const listOrder = [asc(tasks.dueDate), asc(tasks.title), asc(tasks.id)];

/**
 * A page of the visible tasks matching the filter, and their total, in one
 * statement; a second one counts only when the page lies past the end. The
 * matches are kept narrow (id and sort keys), counted and paged from the same
 * materialised CTE (used twice, PostgreSQL materialises it), and only the
 * page's rows are read whole and joined to their lead unit. A window count
 * (`count(*) over ()`) over the same rows kept them whole and spilled to disk:
 * 106 ms instead of 59 ms for a province's 59,000 tasks (bench province).
 */
export async function listVisibleTaskPage(db: Db, scope: Scope, f: TaskFilter): Promise<{ rows: { task: TaskListRow; leadName: string }[]; total: number }> {
  const where = taskFilterCondition(scope, f);
  const matches = db.$with('matches').as(db.select({ id: tasks.id, dueDate: tasks.dueDate, title: tasks.title }).from(tasks).where(where));
  const page = db
    .select({ id: matches.id, dueDate: matches.dueDate, title: matches.title })
    .from(matches)
    .orderBy(asc(matches.dueDate), asc(matches.title), asc(matches.id))
    .limit(f.limit)
    .offset(f.offset)
    .as('page');
  const found = await db
    .with(matches)
    .select({ task: taskListColumns, leadName: units.name, total: sql<number>`(select count(*) from ${matches})`.mapWith(Number) })
    .from(page)
    .innerJoin(tasks, eq(tasks.id, page.id))
    .innerJoin(units, eq(units.id, tasks.leadUnitId))
    .orderBy(asc(page.dueDate), asc(page.title), asc(page.id));
  const rows = found.map(({ task, leadName }) => ({ task, leadName }));
  if (found[0]) return { rows, total: found[0].total };
  if (f.offset === 0) return { rows, total: 0 };
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(tasks).where(where);
  return { rows, total: count?.n ?? 0 };
}

/** Every visible task matching the filter, whole, up to `f.limit` (the Excel export). */
export async function listVisibleTaskRows(db: Db, scope: Scope, f: TaskFilter): Promise<{ task: TaskRow; leadName: string }[]> {
  return db
    .select({ task: tasks, leadName: units.name })
    .from(tasks)
    .innerJoin(units, eq(units.id, tasks.leadUnitId))
    .where(taskFilterCondition(scope, f))
    .orderBy(...listOrder)
    .limit(f.limit)
    .offset(f.offset);
}

/** The same classes as `countDeadlineClasses`, as a filter for drilling down to the tasks. */
export function deadlineClassCondition(cls: DeadlineClass, asOf: string): SQL {
  const done = sql`(${tasks.status} = 'done' and ${tasks.completedOn} <= ${asOf})`;
  const notCancelled = sql`${tasks.status} <> 'cancelled'`;
  switch (cls) {
    case 'done_on_time':
      return sql`${done} and ${tasks.completedOn} <= ${tasks.dueDate}`;
    case 'done_late':
      return sql`${done} and ${tasks.completedOn} > ${tasks.dueDate}`;
    case 'open_within_deadline':
      return sql`${notCancelled} and not ${done} and ${tasks.dueDate} >= ${asOf}`;
    case 'open_overdue':
      return sql`${notCancelled} and not ${done} and ${tasks.dueDate} < ${asOf}`;
  }
}

export interface DeadlineRow {
  child_id: string;
  done_on_time: number;
  done_late: number;
  open_within_deadline: number;
  open_overdue: number;
  due_within_7_days: number;
  /** Name and sort key of the row's unit: the child, or the root itself for ''. */
  unit_name: string;
  sort_key: string;
}

/**
 * The 2×2 of government task reporting for tasks led inside the root unit's
 * subtree (`root.path`), due in [from, to], as of `asOf`, grouped by the
 * root's direct child that holds the lead unit ('' = the root itself), with
 * that unit's name. Cancelled tasks are left out.
 */
export async function countDeadlineClasses(db: Db, root: { id: string; path: string }, from: string, to: string, asOf: string): Promise<DeadlineRow[]> {
  const rootPath = root.path;
  const in7 = new Date(`${asOf}T00:00:00Z`);
  in7.setUTCDate(in7.getUTCDate() + 7);
  const weekEnd = in7.toISOString().slice(0, 10);
  // Counted per lead unit first, then folded into the root's children: the path arithmetic
  // runs once per unit instead of once per task (a million tasks for the whole country).
  const done = sql`(k.status = 'done' and k.completed_on <= ${asOf})`;
  return queryRows<DeadlineRow>(
    db,
    sql`
    with per_unit as (
      select k.lead_unit_id,
        count(*) filter (where ${done} and k.completed_on <= k.due_date) as on_time,
        count(*) filter (where ${done} and k.completed_on > k.due_date) as late,
        count(*) filter (where not ${done} and k.due_date >= ${asOf}) as within,
        count(*) filter (where not ${done} and k.due_date < ${asOf}) as overdue,
        count(*) filter (where not ${done} and k.due_date >= ${asOf} and k.due_date <= ${weekEnd}) as soon
      from ${tasks} k
      where k.lead_unit_id in (select u.id from ${units} u where u.path like ${`${escapeLike(rootPath)}%`})
        and k.status <> 'cancelled'
        and k.due_date >= ${from} and k.due_date <= ${to}
      group by k.lead_unit_id
    ),
    per_child as (
      select split_part(substr(u.path, ${rootPath.length + 1}), '/', 1) as child_id,
        sum(p.on_time)::int as done_on_time,
        sum(p.late)::int as done_late,
        sum(p.within)::int as open_within_deadline,
        sum(p.overdue)::int as open_overdue,
        sum(p.soon)::int as due_within_7_days
      from per_unit p join ${units} u on u.id = p.lead_unit_id
      group by 1
    )
    select c.*, coalesce(n.name, '') as unit_name, case when c.child_id = '' then '' else coalesce(n.sort_key, '') end as sort_key
    from per_child c left join ${units} n on n.id = (case when c.child_id = '' then ${root.id} else c.child_id end)::uuid`,
  );
}

/** The deadline epoch (tasks.table.ts); undefined when its row is missing (a database emptied by hand): then nothing is cached. */
export async function readDeadlineEpoch(db: Db): Promise<number | undefined> {
  const [row] = await db.select({ epoch: taskDeadlineEpoch.epoch }).from(taskDeadlineEpoch).where(eq(taskDeadlineEpoch.id, 1));
  return row?.epoch;
}

/** The actor's inbox: open tasks of their units due soon or overdue, awaiting their verification, and pending extensions. */
export async function listInbox(db: Db, scope: Scope, personId: string | null, asOf: string, soon: string) {
  const open = sql`${tasks.status} not in ('done', 'cancelled')`;
  const ledInScope = wholeTree(scope) ? unitIdInScope(tasks.leadUnitId, scope) : sql`${tasks.leadUnitId} = any(${scopeUnitIds(scope)})`;
  const mineOrUnit = personId ? (or(eq(tasks.responsiblePersonId, personId), ledInScope) as SQL) : unitIdInScope(tasks.leadUnitId, scope);
  const [dueSoon, overdue, toVerify, extensions] = await Promise.all([
    db.select().from(tasks).where(and(open, mineOrUnit, sql`${tasks.dueDate} >= ${asOf} and ${tasks.dueDate} <= ${soon}`)).orderBy(asc(tasks.dueDate)).limit(100),
    db.select().from(tasks).where(and(open, mineOrUnit, sql`${tasks.dueDate} < ${asOf}`)).orderBy(asc(tasks.dueDate)).limit(100),
    db.select().from(tasks).where(and(eq(tasks.status, 'submitted'), unitIdInScope(tasks.assignerUnitId, scope))).orderBy(asc(tasks.submittedAt)).limit(100),
    db
      .select({ extension: taskExtensions, task: tasks })
      .from(taskExtensions)
      .innerJoin(tasks, eq(tasks.id, taskExtensions.taskId))
      .where(and(eq(taskExtensions.status, 'pending'), unitIdInScope(tasks.assignerUnitId, scope)))
      .orderBy(asc(taskExtensions.createdAt))
      .limit(100),
  ]);
  return { dueSoon, overdue, toVerify, extensions };
}

export async function listProgrammeTasks(db: Db, scope: Scope, programmeId: string) {
  return db
    .select({ task: tasks, leadName: units.name })
    .from(tasks)
    .innerJoin(units, eq(units.id, tasks.leadUnitId))
    .where(and(eq(tasks.programmeId, programmeId), taskVisible(scope)))
    .orderBy(asc(tasks.path));
}

/** Names of the co-operating units of many tasks; unscoped: the actor already sees the tasks. */
export async function cooperatorNames(db: Db, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return db
    .select({ taskId: taskCooperators.taskId, unitId: units.id, name: units.name })
    .from(taskCooperators)
    .innerJoin(units, eq(units.id, taskCooperators.unitId))
    .where(inArray(taskCooperators.taskId, taskIds))
    .orderBy(asc(units.sortKey));
}

/** Names of responsible persons of tasks the actor already sees (unscoped for the same reason). */
export async function personNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: persons.id, fullName: persons.fullName, unitId: persons.unitId }).from(persons).where(inArray(persons.id, ids));
}

/** Active units in the scope with one of these exact names. */
export async function unitsByNameInScope(db: Db, scope: Scope, names: string[]) {
  if (names.length === 0) return [];
  return db
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(and(inArray(units.name, names), eq(units.status, 'active'), pathInScope(scope)));
}

/** Persons of units in the scope with one of these exact names. */
export async function personsByNameInScope(db: Db, scope: Scope, names: string[]) {
  if (names.length === 0) return [];
  return db
    .select({ id: persons.id, fullName: persons.fullName, unitId: persons.unitId })
    .from(persons)
    .where(and(inArray(persons.fullName, names), unitIdInScope(persons.unitId, scope)));
}

export async function findReport(db: Db, taskId: string, reportId: string) {
  const [row] = await db
    .select()
    .from(taskReports)
    .where(and(eq(taskReports.id, reportId), eq(taskReports.taskId, taskId)));
  return row;
}

/** Attach a stored file to a report; undefined when it is already attached. */
export async function insertReportFile(db: Db, reportId: string, fileSha256: string, fileName: string) {
  const [row] = await db.insert(taskReportFiles).values({ reportId, fileSha256, fileName }).onConflictDoNothing().returning();
  return row;
}

export interface ReminderRow {
  task_id: string;
  title: string;
  due_date: string;
  status: TaskStatus;
  person_id: string;
  full_name: string;
  email: string;
}

/**
 * Unscoped by design (a server job, not a user): open tasks due by `until` or
 * overdue whose responsible person has an e-mail address and who was not yet
 * reminded of that task on `today`.
 */
export async function listDueForReminder(db: Db, today: string, until: string): Promise<ReminderRow[]> {
  return queryRows<ReminderRow>(
    db,
    sql`
    select k.id as task_id, k.title, k.due_date::text as due_date, k.status, p.id as person_id, p.full_name, p.email
    from ${tasks} k join ${persons} p on p.id = k.responsible_person_id
    where k.status in ('not_started', 'in_progress', 'returned')
      and k.due_date <= ${until}
      and coalesce(trim(p.email), '') <> ''
      and not exists (select 1 from ${taskReminders} r where r.task_id = k.id and r.sent_on = ${today})
    order by p.id, k.due_date, k.title`,
  );
}

export async function insertReminders(db: Db, taskIds: string[], sentOn: string) {
  if (taskIds.length) await db.insert(taskReminders).values(taskIds.map((taskId) => ({ taskId, sentOn }))).onConflictDoNothing();
}

/** One evidence file of a report of a task; the task has been scope-checked. */
export async function findReportFile(db: Db, taskId: string, reportId: string, sha256: string) {
  const [row] = await db
    .select({ fileName: taskReportFiles.fileName, mediaType: files.mediaType, content: files.content })
    .from(taskReportFiles)
    .innerJoin(files, eq(files.sha256, taskReportFiles.fileSha256))
    .innerJoin(taskReports, eq(taskReports.id, taskReportFiles.reportId))
    .where(and(eq(taskReports.taskId, taskId), eq(taskReportFiles.reportId, reportId), eq(taskReportFiles.fileSha256, sha256)));
  return row;
}

export type EventRow = typeof taskEvents.$inferSelect;

export type PresentedTaskRow = Pick<TaskRow, (typeof PRESENTED_TASK_FIELDS)[number]>;

export interface ReportWithFiles {
  id: string;
  reportedOn: string;
  percent: number;
  note: string | null;
  byUserId: string | null;
  files: { fileName: string; sha256: string; size: number; mediaType: string }[];
}

/** Everything a task's page shows; collections in the order the page lists them. */
export interface TaskDetailRow {
  task: TaskRow;
  sides: VisibleTask['sides'];
  context: { leadName: string; assignerName: string; programmeTitle: string | null; parentTitle: string | null };
  children: PresentedTaskRow[];
  cooperators: { id: string; name: string }[];
  events: EventRow[];
  reports: ReportWithFiles[];
  extensions: ExtensionRow[];
}

/** Rows as JSON sends timestamps: ISO text, turned back into Dates below. */
type AsJson<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] extends Date ? string : string | null };

/**
 * `json_build_object('key', value, …)`. The keys are this module's field
 * names (checked, then inlined: json_build_object cannot type bare parameters).
 */
function jsonObject(fields: Record<string, SQLWrapper>): SQL {
  const pairs = Object.entries(fields).map(([key, value]) => {
    if (!/^[A-Za-z0-9]+$/u.test(key)) throw new Error(`unsafe JSON key ${key}`);
    return sql`${sql.raw(`'${key}'`)}, ${value}`;
  });
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

/** `json_agg` of one object per row of `from`, in `orderBy` order; [] when there is none. */
const jsonList = <T>(fields: Record<string, SQLWrapper>, orderBy: SQL, from: SQL): SQL<T[]> =>
  sql<T[]>`coalesce((select json_agg(${jsonObject(fields)} order by ${orderBy}) ${from}), '[]'::json)`;

const childTask = alias(tasks, 'child');
const parentTask = alias(tasks, 'parent_task');
const childColumns: Record<string, SQLWrapper> = pick(childTask, PRESENTED_TASK_FIELDS);

const reportFilesJson = jsonList<ReportWithFiles['files'][number]>(
  { fileName: taskReportFiles.fileName, sha256: files.sha256, size: files.size, mediaType: files.mediaType },
  sql`${taskReportFiles.fileName}`,
  sql`from ${taskReportFiles} join ${files} on ${files.sha256} = ${taskReportFiles.fileSha256} where ${taskReportFiles.reportId} = ${taskReports.id}`,
);

/**
 * A visible task with everything its page shows, in one statement: the
 * collections come back as JSON arrays built by correlated subqueries, which
 * run for the one row found. Dates stay 'YYYY-MM-DD' text and numbers numbers
 * in JSON; only timestamps need turning back into Dates.
 */
export async function findTaskDetail(db: Db, scope: Scope, id: string): Promise<TaskDetailRow | undefined> {
  const [row] = await db
    .select({
      task: tasks,
      leadPath: leadUnit.path,
      assignerPath: assignerUnit.path,
      leadName: leadUnit.name,
      assignerName: assignerUnit.name,
      programmeTitle: programmes.title,
      parentTitle: parentTask.title,
      children: jsonList<PresentedTaskRow>(childColumns, sql`${childTask.dueDate}, ${childTask.createdAt}, ${childTask.id}`, sql`from ${tasks} child where ${childTask.parentId} = ${tasks.id}`),
      cooperators: jsonList<{ id: string; name: string }>(
        { id: units.id, name: units.name },
        sql`${units.sortKey}, ${units.name}`,
        sql`from ${taskCooperators} join ${units} on ${units.id} = ${taskCooperators.unitId} where ${taskCooperators.taskId} = ${tasks.id}`,
      ),
      events: jsonList<AsJson<EventRow, 'at'>>(getTableColumns(taskEvents), sql`${taskEvents.at}`, sql`from ${taskEvents} where ${taskEvents.taskId} = ${tasks.id}`),
      reports: jsonList<ReportWithFiles>(
        { id: taskReports.id, reportedOn: taskReports.reportedOn, percent: taskReports.percent, note: taskReports.note, byUserId: taskReports.byUserId, files: reportFilesJson },
        sql`${taskReports.reportedOn}, ${taskReports.createdAt}`,
        sql`from ${taskReports} where ${taskReports.taskId} = ${tasks.id}`,
      ),
      extensions: jsonList<AsJson<ExtensionRow, 'createdAt' | 'decidedAt'>>(
        getTableColumns(taskExtensions),
        sql`${taskExtensions.createdAt}`,
        sql`from ${taskExtensions} where ${taskExtensions.taskId} = ${tasks.id}`,
      ),
    })
    .from(tasks)
    .innerJoin(leadUnit, eq(leadUnit.id, tasks.leadUnitId))
    .innerJoin(assignerUnit, eq(assignerUnit.id, tasks.assignerUnitId))
    .leftJoin(programmes, eq(programmes.id, tasks.programmeId))
    .leftJoin(parentTask, eq(parentTask.id, tasks.parentId))
    .where(and(eq(tasks.id, id), taskVisible(scope)));
  if (!row) return undefined;
  return {
    task: row.task,
    sides: { leadPath: row.leadPath, assignerPath: row.assignerPath },
    context: { leadName: row.leadName, assignerName: row.assignerName, programmeTitle: row.programmeTitle, parentTitle: row.parentTitle },
    children: row.children,
    cooperators: row.cooperators,
    events: row.events.map((e) => ({ ...e, at: new Date(e.at) })),
    reports: row.reports,
    extensions: row.extensions.map((e) => ({ ...e, createdAt: new Date(e.createdAt), decidedAt: e.decidedAt === null ? null : new Date(e.decidedAt) })),
  };
}
