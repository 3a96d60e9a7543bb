import { randomUUID } from 'node:crypto';
import { type Permission, roleCan } from '../../../shared/access.ts';
import type { TaskStatus } from '../../../shared/tasks.ts';
import type { Db } from '../../db/client.ts';
import type { ServiceContext } from '../../http/context.ts';
import { authorize } from '../../http/policy.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../lib/app-error.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { foldVietnamese } from '../../lib/vi-text.ts';
import { recordChange } from '../audit/index.ts';
import { storeCheckedFile } from '../documents/index.ts';
import { findPersonInScope } from '../people/index.ts';
import { getVisibleUnit, type UnitRow } from '../units/index.ts';
import { onAssigneeSide, onAssignerSide, taskAbilities, type TaskSides } from './tasks.policy.ts';
import {
  countDeadlineClasses,
  type DeadlineRow,
  decideExtensionRow,
  findExtension,
  findProgrammeInScope,
  findReport,
  findReportFile,
  findTaskById,
  findTaskDetail,
  findTasksByIds,
  findVisibleTask,
  findVisibleTaskWithSides,
  insertEvent,
  insertExtension,
  insertProgramme,
  insertReport,
  insertReportFile,
  insertTask,
  listChildren,
  listExtensions,
  listInbox,
  listProgrammeTasks,
  listProgrammesInScope,
  listVisibleTaskPage,
  listVisibleTaskRows,
  rollUpFrom,
  setCooperators,
  type TaskFilter,
  type TaskRow,
  unitPaths,
  updateTaskRow,
  type VisibleTask,
  readDeadlineEpoch,
} from './tasks.repository.ts';
import type { AssignTaskInput, BulkProgressInput, CreateProgrammeInput, CreateTaskInput, DeadlineQuery, ListTasksQuery, ProgressReportInput, UpdateTaskInput } from './tasks.schemas.ts';

const TASK = { vi: 'nhiệm vụ', en: 'task' };

/** At most this many approved extensions per task (QLNV practice); configurable per deployment. */
export const DEFAULT_MAX_EXTENSIONS = 2;

const invalidState = (vi: string, en: string, reason: string) => new AppError('INVALID_STATE', { vi, en }, { reason });

export async function sidesOf(ctx: ServiceContext, task: TaskRow): Promise<TaskSides> {
  // Unscoped through the visible task: the actor already sees the task. A missing unit
  // (impossible under the foreign keys) leaves an empty path, which no scope holds: fail closed.
  const paths = await unitPaths(ctx.db, [task.leadUnitId, task.assignerUnitId]);
  return { leadPath: paths.get(task.leadUnitId) ?? '', assignerPath: paths.get(task.assignerUnitId) ?? '' };
}

export async function getVisibleTask(ctx: ServiceContext, id: string): Promise<TaskRow> {
  authorize(ctx.actor, 'task.read');
  const task = await findVisibleTask(ctx.db, ctx.actor.scope, id);
  if (!task) throw notFound(TASK);
  return task;
}

/**
 * The task an action is about, read once with its sides: 404 when the actor
 * does not see it, then 403 without the permission or on the wrong side.
 */
async function taskOnSide(ctx: ServiceContext, id: string, side: 'assignee' | 'assigner', permission: Permission): Promise<VisibleTask> {
  authorize(ctx.actor, 'task.read');
  const found = await findVisibleTaskWithSides(ctx.db, ctx.actor.scope, id);
  if (!found) throw notFound(TASK);
  authorize(ctx.actor, permission);
  if (!(side === 'assignee' ? onAssigneeSide(ctx.actor, found.sides) : onAssignerSide(ctx.actor, found.sides))) throw forbidden();
  return found;
}

/**
 * A progress report moves a leaf's effective progress to the reported percent;
 * a parent's follows its children and the report leaves it alone. Only a move
 * needs rolling up: the ancestors depend on nothing else the report changes.
 */
const effectiveProgressMoves = (task: TaskRow, hasChildren: boolean, percent: number) => !hasChildren && percent !== task.effectiveProgress;

const searchTextOf = (t: { title: string; description?: string | null }) => foldVietnamese(`${t.title} ${t.description ?? ''}`);

async function event(ctx: ServiceContext, task: TaskRow, action: string, toStatus: TaskStatus | null, reason: string | null = null) {
  await insertEvent(ctx.db, { taskId: task.id, at: ctx.now, byUserId: ctx.actor.userId, fromStatus: task.status, toStatus, action, reason });
}

const snapshot = (t: TaskRow): Record<string, unknown> => {
  const { searchText: _s, path: _p, ...rest } = t;
  return rest;
};

export async function createProgramme(ctx: ServiceContext, input: CreateProgrammeInput) {
  authorize(ctx.actor, 'task.write');
  await getVisibleUnit(ctx, input.ownerUnitId);
  if (input.parentId) {
    const parent = await findProgrammeInScope(ctx.db, ctx.actor.scope, input.parentId);
    if (!parent) throw notFound({ vi: 'chương trình', en: 'programme' });
  }
  return ctx.db.transaction(async (tx) => {
    const row = await insertProgramme(tx, { ...input, searchText: foldVietnamese(input.title) });
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'programme', entityId: row.id, unitId: row.ownerUnitId, action: 'create', summary: row.title, after: { ...row } });
    return row;
  });
}

/**
 * Create a task. Without a parent it is given by the programme's owner (or the
 * actor's unit); under a parent it is a sub-task the parent's lead unit gives.
 * The lead unit must lie inside the actor's scope: work is given downwards.
 */
export async function createTask(ctx: ServiceContext, input: CreateTaskInput): Promise<TaskRow> {
  authorize(ctx.actor, 'task.write');
  let assignerUnitId = ctx.actor.scope.rootUnitId;
  let parent: TaskRow | undefined;
  if (input.parentId) {
    parent = (await taskOnSide(ctx, input.parentId, 'assignee', 'task.write')).task;
    assignerUnitId = parent.leadUnitId;
  } else if (input.programmeId) {
    const programme = await findProgrammeInScope(ctx.db, ctx.actor.scope, input.programmeId);
    if (!programme) throw notFound({ vi: 'chương trình', en: 'programme' });
    assignerUnitId = programme.ownerUnitId;
  }
  await getVisibleUnit(ctx, input.leadUnitId);
  for (const id of input.cooperatorIds) await getVisibleUnit(ctx, id);
  if (input.responsiblePersonId && !(await findPersonInScope(ctx.db, ctx.actor.scope, input.responsiblePersonId))) throw notFound({ vi: 'cán bộ', en: 'person' });
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const { cooperatorIds, ...fields } = input;
    const task = await insertTask(
      tx,
      {
        ...fields,
        id: randomUUID(),
        programmeId: input.programmeId ?? parent?.programmeId ?? null,
        assignerUnitId,
        originalDueDate: input.dueDate,
        createdByUserId: ctx.actor.userId,
        searchText: searchTextOf(input),
      },
      parent?.path ?? null,
    );
    await setCooperators(tx, task.id, [...new Set(cooperatorIds)]);
    await event(txCtx, task, 'create', 'not_started');
    if (parent) await rollUpFrom(tx, parent.id, ctx.now);
    await recordChange(tx, txCtx, { entity: 'task', entityId: task.id, unitId: task.leadUnitId, action: 'create', summary: task.title, after: snapshot(task) });
    return task;
  });
}

/** Assign a task down the tree: one child task per unit, which they may break down further. */
export async function assignTask(ctx: ServiceContext, id: string, input: AssignTaskInput): Promise<TaskRow[]> {
  const { task, sides } = await taskOnSide(ctx, id, 'assignee', 'task.write');
  if (task.status === 'done' || task.status === 'cancelled') throw invalidState('Nhiệm vụ đã kết thúc, không giao tiếp được.', 'The task is closed.', 'TASK_CLOSED');
  const leadPath = sides.leadPath;
  const units: UnitRow[] = [];
  for (const unitId of [...new Set(input.unitIds)]) {
    const unit = await getVisibleUnit(ctx, unitId);
    if (!unit.path.startsWith(leadPath) || unit.id === task.leadUnitId)
      throw new AppError('VALIDATION_FAILED', { vi: `"${unit.name}" không thuộc đơn vị chủ trì: chỉ giao xuống cấp dưới.`, en: `"${unit.name}" is not under the lead unit: tasks are given downwards.` }, { fields: { unitIds: { vi: 'Chỉ giao xuống đơn vị cấp dưới.', en: 'Only to units below.' } } });
    units.push(unit);
  }
  const existing = await listChildren(ctx.db, task.id);
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const created: TaskRow[] = [];
    for (const unit of units) {
      if (existing.some((c) => c.leadUnitId === unit.id && c.status !== 'cancelled')) continue;
      const child = await insertTask(
        tx,
        {
          id: randomUUID(),
          programmeId: task.programmeId,
          parentId: task.id,
          assignerUnitId: task.leadUnitId,
          leadUnitId: unit.id,
          title: task.title,
          description: task.description,
          expectedProduct: task.expectedProduct,
          sourceDocumentId: task.sourceDocumentId,
          sourceNote: task.sourceNote,
          field: task.field,
          priority: task.priority,
          isKey: task.isKey,
          startDate: task.startDate,
          dueDate: input.dueDate ?? task.dueDate,
          originalDueDate: input.dueDate ?? task.dueDate,
          createdByUserId: ctx.actor.userId,
          searchText: task.searchText,
        },
        task.path,
      );
      await event(txCtx, child, 'assign', 'not_started');
      await recordChange(tx, txCtx, { entity: 'task', entityId: child.id, unitId: unit.id, action: 'create', summary: `${task.title} → ${unit.name}`, after: snapshot(child) });
      created.push(child);
    }
    await rollUpFrom(tx, task.id, ctx.now);
    return created;
  });
}

async function transition(ctx: ServiceContext, task: TaskRow, version: number, to: TaskStatus, action: string, extra: Partial<TaskRow> = {}, reason: string | null = null) {
  // Cancelling takes the task out of its parent's average; otherwise only a new effective progress moves the parent.
  const rollUp = task.parentId !== null && (to === 'cancelled' || (extra.effectiveProgress !== undefined && extra.effectiveProgress !== task.effectiveProgress));
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const updated = await updateTaskRow(tx, task.id, version, { status: to, ...extra }, ctx.now);
    if (!updated) throw staleVersion();
    await event(txCtx, task, action, to, reason);
    await recordChange(tx, txCtx, { entity: 'task', entityId: task.id, unitId: task.leadUnitId, action: 'update', summary: `${action}: ${task.title}`, before: { status: task.status }, after: { status: to, ...(reason ? { reason } : {}) } });
    // Last: the ancestors' rows stay locked from here to the commit only.
    if (rollUp) await rollUpFrom(tx, task.parentId, ctx.now);
    return updated;
  });
}

const CLOSED: TaskStatus[] = ['done', 'cancelled'];

/**
 * The columns a progress report writes. The status only when it changes: writing it moves the
 * deadline epoch (tasks.table.ts), which would drop every cached dashboard on each report.
 */
function progressChange(task: TaskRow, hasChildren: boolean, status: TaskStatus, percent: number) {
  return { ...(status !== task.status ? { status } : {}), progress: percent, ...(hasChildren ? {} : { effectiveProgress: percent }) };
}

export async function reportProgress(ctx: ServiceContext, id: string, input: ProgressReportInput) {
  const { task, hasChildren } = await taskOnSide(ctx, id, 'assignee', 'task.report');
  if (CLOSED.includes(task.status)) throw invalidState('Nhiệm vụ đã hoàn thành hoặc đã hủy: không báo cáo tiến độ được nữa.', 'The task is done or cancelled: no more progress reports.', 'TASK_CLOSED');
  if (task.status === 'submitted') throw invalidState('Kết quả đang chờ thẩm định.', 'The result is awaiting verification.', 'AWAITING_VERIFICATION');
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const status: TaskStatus = task.status === 'not_started' || task.status === 'returned' ? 'in_progress' : task.status;
    const updated = await updateTaskRow(tx, id, input.version, progressChange(task, hasChildren, status, input.percent), ctx.now);
    if (!updated) throw staleVersion();
    const report = await insertReport(tx, { taskId: id, reportedOn: input.reportedOn, percent: input.percent, note: input.note, byUserId: ctx.actor.userId });
    if (status !== task.status) await event(txCtx, task, 'start', status);
    await recordChange(tx, txCtx, { entity: 'task', entityId: id, unitId: task.leadUnitId, action: 'update', summary: `${input.percent}% — ${task.title}`, before: { progress: task.progress }, after: { progress: input.percent, reportedOn: input.reportedOn, note: input.note } });
    // Last: the ancestors' rows, which every report under them contends for, stay locked from here to the commit only.
    if (task.parentId && effectiveProgressMoves(task, hasChildren, input.percent)) await rollUpFrom(tx, task.parentId, ctx.now);
    return { task: updated, report };
  });
}

export async function submitTask(ctx: ServiceContext, id: string, version: number) {
  const { task } = await taskOnSide(ctx, id, 'assignee', 'task.report');
  if (!['not_started', 'in_progress', 'returned'].includes(task.status)) throw invalidState('Chỉ gửi kết quả nhiệm vụ đang thực hiện.', 'Only open tasks can be submitted.', 'NOT_SUBMITTABLE');
  return transition(ctx, task, version, 'submitted', 'submit', { submittedAt: ctx.now, submittedByUserId: ctx.actor.userId });
}

/** Verify a submitted result: đạt → done. Nobody verifies their own task. */
export async function verifyTask(ctx: ServiceContext, id: string, version: number) {
  const { task } = await taskOnSide(ctx, id, 'assigner', 'task.verify');
  if (task.status !== 'submitted') throw invalidState('Chỉ thẩm định nhiệm vụ đã gửi kết quả.', 'Only submitted tasks can be verified.', 'NOT_SUBMITTED');
  await refuseSelfVerification(ctx, task);
  const completedOn = todayInVietnam(task.submittedAt ?? ctx.now);
  return transition(ctx, task, version, 'done', 'verify', { completedOn, progress: 100, effectiveProgress: 100 });
}

async function refuseSelfVerification(ctx: ServiceContext, task: TaskRow) {
  // The submitter, the responsible person, and — for a unit's internal task — its creator are all "self".
  const own = task.submittedByUserId === ctx.actor.userId || (task.createdByUserId === ctx.actor.userId && task.leadUnitId === task.assignerUnitId);
  const responsible = task.responsiblePersonId !== null && task.responsiblePersonId === ctx.actor.personId;
  if (own || responsible)
    throw new AppError('FORBIDDEN', { vi: 'Không ai tự thẩm định nhiệm vụ của mình: cần người khác của đơn vị giao việc.', en: 'Nobody verifies their own task: someone else of the assigning unit must.' }, { reason: 'SELF_VERIFICATION' });
}

/** Send a result back (chưa đạt): the reason is required. */
export async function returnTask(ctx: ServiceContext, id: string, version: number, reason: string) {
  const { task } = await taskOnSide(ctx, id, 'assigner', 'task.verify');
  if (task.status !== 'submitted') throw invalidState('Chỉ trả lại nhiệm vụ đã gửi kết quả.', 'Only submitted tasks can be sent back.', 'NOT_SUBMITTED');
  await refuseSelfVerification(ctx, task);
  return transition(ctx, task, version, 'returned', 'return', { submittedAt: null }, reason);
}

export async function cancelTask(ctx: ServiceContext, id: string, version: number, reason: string) {
  const { task } = await taskOnSide(ctx, id, 'assigner', 'task.write');
  if (CLOSED.includes(task.status)) throw invalidState('Nhiệm vụ đã kết thúc.', 'The task is already closed.', 'TASK_CLOSED');
  return transition(ctx, task, version, 'cancelled', 'cancel', {}, reason);
}

export async function requestExtension(ctx: ServiceContext, id: string, requestedDueDate: string, reason: string, maxExtensions = DEFAULT_MAX_EXTENSIONS) {
  const { task } = await taskOnSide(ctx, id, 'assignee', 'task.report');
  if (CLOSED.includes(task.status)) throw invalidState('Nhiệm vụ đã kết thúc.', 'The task is closed.', 'TASK_CLOSED');
  const history = await listExtensions(ctx.db, id);
  if (history.filter((e) => e.status === 'approved').length >= maxExtensions)
    throw invalidState(`Nhiệm vụ đã được gia hạn ${maxExtensions} lần, là số lần tối đa.`, `The task was already extended ${maxExtensions} times, the maximum.`, 'EXTENSION_LIMIT');
  if (history.some((e) => e.status === 'pending')) throw invalidState('Đã có một đề nghị gia hạn đang chờ duyệt.', 'An extension request is already pending.', 'EXTENSION_PENDING');
  if (requestedDueDate <= task.dueDate) {
    const m = { vi: 'Hạn mới phải sau hạn hiện tại.', en: 'The new due date must follow the current one.' };
    throw new AppError('VALIDATION_FAILED', m, { fields: { requestedDueDate: m } });
  }
  return ctx.db.transaction(async (tx) => {
    const row = await insertExtension(tx, { taskId: id, requestedDueDate, previousDueDate: task.dueDate, reason, requestedByUserId: ctx.actor.userId });
    await event({ ...ctx, db: tx }, task, 'request_extension', null, reason);
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'task', entityId: id, unitId: task.leadUnitId, action: 'update', summary: `extension → ${requestedDueDate}`, after: { ...row } });
    return row;
  });
}

export async function decideExtension(ctx: ServiceContext, extensionId: string, approve: boolean, note: string | null) {
  const ext = await findExtension(ctx.db, extensionId);
  if (!ext) throw notFound({ vi: 'đề nghị gia hạn', en: 'extension request' });
  const { task } = await taskOnSide(ctx, ext.taskId, 'assigner', 'task.write');
  if (ext.requestedByUserId === ctx.actor.userId)
    throw new AppError('FORBIDDEN', { vi: 'Không tự duyệt đề nghị gia hạn của mình.', en: 'You cannot approve your own extension request.' }, { reason: 'SELF_APPROVAL' });
  return ctx.db.transaction(async (tx) => {
    const decided = await decideExtensionRow(tx, extensionId, { status: approve ? 'approved' : 'rejected', decidedByUserId: ctx.actor.userId, decidedAt: ctx.now, decisionNote: note });
    if (!decided) throw invalidState('Đề nghị này đã được xử lý.', 'This request was already decided.', 'ALREADY_DECIDED');
    if (approve) {
      const fresh = (await findTaskById(tx, task.id)) as TaskRow;
      const updated = await updateTaskRow(tx, task.id, fresh.version, { dueDate: ext.requestedDueDate }, ctx.now);
      if (!updated) throw staleVersion();
    }
    await event({ ...ctx, db: tx }, task, approve ? 'approve_extension' : 'reject_extension', null, note);
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'task', entityId: task.id, unitId: task.leadUnitId, action: 'update', summary: `extension ${approve ? 'approved' : 'rejected'}`, before: { dueDate: task.dueDate }, after: { dueDate: approve ? ext.requestedDueDate : task.dueDate } });
    return decided;
  });
}

/** Deadline classes for a unit's subtree, by its direct sub-units. */
export async function deadlineClasses(ctx: ServiceContext, q: DeadlineQuery) {
  authorize(ctx.actor, 'task.read');
  const root = await dashboardRoot(ctx, q.unitId ?? ctx.actor.scope.rootUnitId);
  const asOf = q.asOf ?? todayInVietnam(ctx.now);
  const rows = await cachedDeadlineClasses(ctx.db, root, q.from, q.to, asOf);
  return {
    unitId: root.id,
    asOf,
    rows: rows.map(({ unit_name, sort_key, ...counts }) => ({ ...counts, unitId: counts.child_id || root.id, unitName: unit_name, sortKey: sort_key })),
  };
}

/*
 * The 2×2 is the heaviest read (30 ms for a province, 0.3 s for the country at
 * country scale) and the most repeated: every user of a unit opens the same
 * dashboard. Answers are kept per database, root and period while the deadline
 * epoch (tasks.table.ts) stands still: any change that can move a task between
 * classes, made by any process, moves the epoch at its commit (ADR 015). The
 * epoch is read before counting, so a change committed in between leaves an
 * answer newer than its epoch: the next request counts again.
 */
const DEADLINE_CACHE_ENTRIES = 1000;
const deadlineCache = new WeakMap<Db, Map<string, { epoch: number; rows: DeadlineRow[] }>>();

async function cachedDeadlineClasses(db: Db, root: { id: string; path: string }, from: string, to: string, asOf: string): Promise<DeadlineRow[]> {
  const epoch = await readDeadlineEpoch(db);
  if (epoch === undefined) return countDeadlineClasses(db, root, from, to, asOf);
  let entries = deadlineCache.get(db);
  if (!entries) deadlineCache.set(db, (entries = new Map()));
  const key = `${root.id}|${root.path}|${from}|${to}|${asOf}`;
  const hit = entries.get(key);
  if (hit?.epoch === epoch) return hit.rows;
  const rows = await countDeadlineClasses(db, root, from, to, asOf);
  entries.delete(key);
  entries.set(key, { epoch, rows });
  // Oldest first: a Map iterates in insertion order.
  for (const old of entries.keys()) {
    if (entries.size <= DEADLINE_CACHE_ENTRIES) break;
    entries.delete(old);
  }
  return rows;
}

/**
 * The unit a dashboard counts under. The actor's own scope root needs no
 * lookup: the scope was built from it and its path is the scope's first prefix.
 */
async function dashboardRoot(ctx: ServiceContext, unitId: string): Promise<{ id: string; path: string }> {
  const { rootUnitId, prefixes } = ctx.actor.scope;
  if (unitId === rootUnitId && prefixes[0]) return { id: rootUnitId, path: prefixes[0] };
  return getVisibleUnit(ctx, unitId);
}

export async function inbox(ctx: ServiceContext) {
  authorize(ctx.actor, 'task.read');
  const asOf = todayInVietnam(ctx.now);
  const soon = new Date(`${asOf}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + 7);
  return listInbox(ctx.db, ctx.actor.scope, ctx.actor.personId, asOf, soon.toISOString().slice(0, 10));
}

export async function listProgrammes(ctx: ServiceContext, year?: number) {
  authorize(ctx.actor, 'task.read');
  return listProgrammesInScope(ctx.db, ctx.actor.scope, year);
}

export async function getProgramme(ctx: ServiceContext, id: string) {
  authorize(ctx.actor, 'task.read');
  const programme = await findProgrammeInScope(ctx.db, ctx.actor.scope, id);
  if (!programme) throw notFound({ vi: 'chương trình', en: 'programme' });
  const rows = await listProgrammeTasks(ctx.db, ctx.actor.scope, id);
  return { programme, rows };
}

export async function getTaskDetail(ctx: ServiceContext, id: string) {
  authorize(ctx.actor, 'task.read');
  const detail = await findTaskDetail(ctx.db, ctx.actor.scope, id);
  if (!detail) throw notFound(TASK);
  const { sides, task } = detail;
  const abilities = { ...taskAbilities(ctx.actor, sides, task.status), edit: onAssignerSide(ctx.actor, sides) && roleCan(ctx.actor.role, 'task.write') && !CLOSED.includes(task.status) };
  return { ...detail, abilities };
}

export async function getReportFile(ctx: ServiceContext, id: string, reportId: string, sha256: string) {
  await getVisibleTask(ctx, id);
  const file = await findReportFile(ctx.db, id, reportId, sha256);
  if (!file) throw notFound({ vi: 'tệp minh chứng', en: 'evidence file' });
  return file;
}

/** The giving side edits a task's content; a changed due date is recorded as an event. */
export async function updateTask(ctx: ServiceContext, id: string, input: UpdateTaskInput): Promise<TaskRow> {
  const { task } = await taskOnSide(ctx, id, 'assigner', 'task.write');
  if (CLOSED.includes(task.status)) throw invalidState('Nhiệm vụ đã kết thúc, không sửa được.', 'The task is closed.', 'TASK_CLOSED');
  for (const unitId of input.cooperatorIds) await getVisibleUnit(ctx, unitId);
  if (input.responsiblePersonId && input.responsiblePersonId !== task.responsiblePersonId && !(await findPersonInScope(ctx.db, ctx.actor.scope, input.responsiblePersonId)))
    throw notFound({ vi: 'cán bộ', en: 'person' });
  const { version, cooperatorIds, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const updated = await updateTaskRow(tx, id, version, { ...fields, searchText: searchTextOf(fields) }, ctx.now);
    if (!updated) throw staleVersion();
    await setCooperators(tx, id, [...new Set(cooperatorIds)]);
    if (updated.dueDate !== task.dueDate) await event(txCtx, task, 'change_due_date', null, `${task.dueDate} → ${updated.dueDate}`);
    if (updated.weight !== task.weight && task.parentId) await rollUpFrom(tx, task.parentId, ctx.now);
    await recordChange(tx, txCtx, { entity: 'task', entityId: id, unitId: task.leadUnitId, action: 'update', summary: updated.title, before: snapshot(task), after: snapshot(updated) });
    return updated;
  });
}

/** The list's filters in the repository's terms: `mine` is the actor's person, `unit` their scope. */
async function taskFilterOf(ctx: ServiceContext, q: ListTasksQuery): Promise<Omit<TaskFilter, 'limit' | 'offset'>> {
  authorize(ctx.actor, 'task.read');
  const statuses = q.status ? (q.status.split(',').filter(Boolean) as TaskStatus[]) : undefined;
  const mine = q.view === 'mine' ? (ctx.actor.personId ?? '00000000-0000-0000-0000-000000000000') : undefined;
  const unit = q.unitId ? await getVisibleUnit(ctx, q.unitId) : undefined;
  const root = ctx.actor.scope.prefixes[0] ?? '/';
  return {
    programmeId: q.programmeId,
    statuses,
    responsiblePersonId: mine,
    q: q.q,
    leadUnderPath: unit?.path ?? (q.view === 'unit' ? root : undefined),
    assignedByUnitId: q.view === 'assigned' ? ctx.actor.scope.rootUnitId : undefined,
    field: q.field,
    sourceDocumentId: q.sourceDocumentId,
    dueFrom: q.dueFrom,
    dueTo: q.dueTo,
    keyOnly: q.keyOnly === 'true',
    deadlineClass: q.deadlineClass ? { cls: q.deadlineClass, asOf: q.asOf ?? todayInVietnam(ctx.now) } : undefined,
  };
}

/** A page of the list, with the total of the matches. */
export async function listTasks(ctx: ServiceContext, q: ListTasksQuery) {
  const filter = await taskFilterOf(ctx, q);
  return listVisibleTaskPage(ctx.db, ctx.actor.scope, { ...filter, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
}

/** The list's first `limit` tasks, whole, without a total (the Excel export). */
export async function listTaskRows(ctx: ServiceContext, q: ListTasksQuery, limit: number) {
  const filter = await taskFilterOf(ctx, q);
  return listVisibleTaskRows(ctx.db, ctx.actor.scope, { ...filter, limit, offset: 0 });
}

export interface BulkFailure {
  taskId: string;
  reason: 'NOT_FOUND' | 'FORBIDDEN' | 'TASK_CLOSED' | 'AWAITING_VERIFICATION' | 'STALE_VERSION' | 'DUPLICATE';
}

/**
 * Report progress on many tasks at once with the single-task rules; all or
 * nothing: any refusal saves nothing and the error lists every failing task.
 */
export async function bulkReportProgress(ctx: ServiceContext, input: BulkProgressInput): Promise<TaskRow[]> {
  authorize(ctx.actor, 'task.report');
  const failures: BulkFailure[] = [];
  const seen = new Set<string>();
  const ready: (VisibleTask & { item: BulkProgressInput['items'][number] })[] = [];
  for (const item of input.items) {
    if (seen.has(item.taskId)) {
      failures.push({ taskId: item.taskId, reason: 'DUPLICATE' });
      continue;
    }
    seen.add(item.taskId);
    const found = await findVisibleTaskWithSides(ctx.db, ctx.actor.scope, item.taskId);
    if (!found) failures.push({ taskId: item.taskId, reason: 'NOT_FOUND' });
    else if (!onAssigneeSide(ctx.actor, found.sides)) failures.push({ taskId: item.taskId, reason: 'FORBIDDEN' });
    else if (CLOSED.includes(found.task.status)) failures.push({ taskId: item.taskId, reason: 'TASK_CLOSED' });
    else if (found.task.status === 'submitted') failures.push({ taskId: item.taskId, reason: 'AWAITING_VERIFICATION' });
    else if (found.task.version !== item.version) failures.push({ taskId: item.taskId, reason: 'STALE_VERSION' });
    else ready.push({ ...found, item });
  }
  if (failures.length) throw bulkRefusal(failures);
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const out: TaskRow[] = [];
    const parentsToRollUp = new Set<string>();
    for (const { task, item, hasChildren } of ready) {
      const status: TaskStatus = task.status === 'not_started' || task.status === 'returned' ? 'in_progress' : task.status;
      const updated = await updateTaskRow(tx, task.id, item.version, progressChange(task, hasChildren, status, item.percent), ctx.now);
      if (!updated) throw bulkRefusal([{ taskId: task.id, reason: 'STALE_VERSION' }]);
      await insertReport(tx, { taskId: task.id, reportedOn: input.reportedOn, percent: item.percent, note: item.note, byUserId: ctx.actor.userId });
      if (status !== task.status) await event(txCtx, task, 'start', status);
      await recordChange(tx, txCtx, { entity: 'task', entityId: task.id, unitId: task.leadUnitId, action: 'update', summary: `${item.percent}% — ${task.title}`, before: { progress: task.progress }, after: { progress: item.percent, reportedOn: input.reportedOn, note: item.note, bulk: true } });
      if (task.parentId && effectiveProgressMoves(task, hasChildren, item.percent)) parentsToRollUp.add(task.parentId);
      out.push(updated);
    }
    // Once per parent, after every report of the batch: the same values as rolling up after
    // each one (a roll-up reads the children as they are then), and the ancestors are locked last.
    for (const parentId of parentsToRollUp) await rollUpFrom(tx, parentId, ctx.now);
    if (parentsToRollUp.size === 0) return out;
    // Roll-ups may have moved a parent that is also in the batch: return the rows as they end.
    const final = new Map((await findTasksByIds(tx, out.map((t) => t.id))).map((t) => [t.id, t]));
    return out.map((t) => final.get(t.id) ?? t);
  });
}

function bulkRefusal(failures: BulkFailure[]): AppError {
  const ids = failures.map((f) => `${f.taskId} (${f.reason})`).join(', ');
  const code = failures.some((f) => f.reason === 'NOT_FOUND') ? 'NOT_FOUND' : failures.some((f) => f.reason === 'FORBIDDEN') ? 'FORBIDDEN' : 'INVALID_STATE';
  return new AppError(
    code,
    { vi: `Không lưu báo cáo nào: ${failures.length} nhiệm vụ không báo cáo được — ${ids}.`, en: `Nothing was saved: ${failures.length} tasks cannot take a report — ${ids}.` },
    { reason: 'BULK_REFUSED', data: { failures } },
  );
}

/** Evidence for a progress report: PDF, DOCX, JPEG or PNG, stored once by SHA-256. */
export async function attachReportFile(ctx: ServiceContext, id: string, reportId: string, fileName: string, content: Buffer) {
  const { task } = await taskOnSide(ctx, id, 'assignee', 'task.report');
  const report = await findReport(ctx.db, task.id, reportId);
  if (!report) throw notFound({ vi: 'báo cáo tiến độ', en: 'progress report' });
  if (CLOSED.includes(task.status)) throw invalidState('Nhiệm vụ đã kết thúc: không bổ sung minh chứng được nữa.', 'The task is closed: no more evidence.', 'TASK_CLOSED');
  return ctx.db.transaction(async (tx) => {
    const file = await storeCheckedFile(tx, fileName, content, ['pdf', 'docx', 'jpeg', 'png']);
    const row = await insertReportFile(tx, report.id, file.sha256, file.name);
    if (!row) throw new AppError('CONFLICT', { vi: `Tệp "${file.name}" đã được đính kèm báo cáo này.`, en: `"${file.name}" is already attached to this report.` }, { reason: 'DUPLICATE' });
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'task', entityId: task.id, unitId: task.leadUnitId, action: 'update', summary: `+ ${file.name} (${report.reportedOn})`, after: { reportId: report.id, attachment: file.name, sha256: file.sha256, size: file.size, mediaType: file.mediaType } });
    return { reportId: report.id, fileName: file.name, sha256: file.sha256, size: file.size, mediaType: file.mediaType };
  });
}
