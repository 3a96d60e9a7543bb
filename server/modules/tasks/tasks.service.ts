import { randomUUID } from 'node:crypto';
import { type Permission, roleCan } from '../../../shared/access.ts';
import type { TaskStatus } from '../../../shared/tasks.ts';
import type { ServiceContext } from '../../http/context.ts';
import { authorize } from '../../http/policy.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../lib/app-error.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { foldVietnamese } from '../../lib/vi-text.ts';
import { recordChange } from '../audit/index.ts';
import { storeCheckedFile } from '../documents/index.ts';
import { findPersonInScope } from '../people/index.ts';
import { getVisibleUnit, type UnitRow } from '../units/index.ts';
import { findUserById } from '../users/index.ts';
import { onAssigneeSide, onAssignerSide, taskAbilities, type TaskSides } from './tasks.policy.ts';
import {
  countDeadlineClasses,
  listInbox,
  listProgrammeTasks,
  listProgrammesInScope,
  unitNames,
  decideExtensionRow,
  findExtension,
  findProgrammeInScope,
  findTaskById,
  findVisibleTask,
  insertEvent,
  insertExtension,
  insertProgramme,
  insertReport,
  insertTask,
  listChildren,
  listCooperators,
  listEvents,
  listExtensions,
  listReports,
  findReportFile,
  findTaskContext,
  listReportFiles,
  findReport,
  insertReportFile,
  listVisibleTasks,
  rollUpFrom,
  setCooperators,
  type TaskRow,
  updateTaskRow,
} from './tasks.repository.ts';
import type { AssignTaskInput, BulkProgressInput, CreateProgrammeInput, CreateTaskInput, DeadlineQuery, ListTasksQuery, ProgressReportInput, UpdateTaskInput } from './tasks.schemas.ts';

const TASK = { vi: 'nhiệm vụ', en: 'task' };

/** At most this many approved extensions per task (QLNV practice); configurable per deployment. */
export const DEFAULT_MAX_EXTENSIONS = 2;

const invalidState = (vi: string, en: string, reason: string) => new AppError('INVALID_STATE', { vi, en }, { reason });

export async function sidesOf(ctx: ServiceContext, task: TaskRow): Promise<TaskSides> {
  // Both units are loaded unscoped through the visible task: the actor already sees the task.
  const everywhere = { rootUnitId: '', prefixes: ['/'] };
  const [lead, assigner] = await Promise.all([
    getVisibleUnit({ ...ctx, actor: { ...ctx.actor, scope: everywhere } }, task.leadUnitId),
    getVisibleUnit({ ...ctx, actor: { ...ctx.actor, scope: everywhere } }, task.assignerUnitId),
  ]);
  return { leadPath: lead.path, assignerPath: assigner.path };
}

export async function getVisibleTask(ctx: ServiceContext, id: string): Promise<TaskRow> {
  authorize(ctx.actor, 'task.read');
  const task = await findVisibleTask(ctx.db, ctx.actor.scope, id);
  if (!task) throw notFound(TASK);
  return task;
}

async function requireSide(ctx: ServiceContext, task: TaskRow, side: 'assignee' | 'assigner', permission: Permission) {
  authorize(ctx.actor, permission);
  const sides = await sidesOf(ctx, task);
  if (!(side === 'assignee' ? onAssigneeSide(ctx.actor, sides) : onAssignerSide(ctx.actor, sides))) throw forbidden();
}

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
    parent = await getVisibleTask(ctx, input.parentId);
    await requireSide(ctx, parent, 'assignee', 'task.write');
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
  const task = await getVisibleTask(ctx, id);
  await requireSide(ctx, task, 'assignee', 'task.write');
  if (task.status === 'done' || task.status === 'cancelled') throw invalidState('Nhiệm vụ đã kết thúc, không giao tiếp được.', 'The task is closed.', 'TASK_CLOSED');
  const leadPath = (await sidesOf(ctx, task)).leadPath;
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
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const updated = await updateTaskRow(tx, task.id, version, { status: to, ...extra }, ctx.now);
    if (!updated) throw staleVersion();
    await event(txCtx, task, action, to, reason);
    if (task.parentId && (extra.effectiveProgress !== undefined || to === 'cancelled')) await rollUpFrom(tx, task.parentId, ctx.now);
    await recordChange(tx, txCtx, { entity: 'task', entityId: task.id, unitId: task.leadUnitId, action: 'update', summary: `${action}: ${task.title}`, before: { status: task.status }, after: { status: to, ...(reason ? { reason } : {}) } });
    return updated;
  });
}

const CLOSED: TaskStatus[] = ['done', 'cancelled'];

export async function reportProgress(ctx: ServiceContext, id: string, input: ProgressReportInput) {
  const task = await getVisibleTask(ctx, id);
  await requireSide(ctx, task, 'assignee', 'task.report');
  if (CLOSED.includes(task.status)) throw invalidState('Nhiệm vụ đã hoàn thành hoặc đã hủy: không báo cáo tiến độ được nữa.', 'The task is done or cancelled: no more progress reports.', 'TASK_CLOSED');
  if (task.status === 'submitted') throw invalidState('Kết quả đang chờ thẩm định.', 'The result is awaiting verification.', 'AWAITING_VERIFICATION');
  const hasChildren = (await listChildren(ctx.db, id)).length > 0;
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const status: TaskStatus = task.status === 'not_started' || task.status === 'returned' ? 'in_progress' : task.status;
    const updated = await updateTaskRow(tx, id, input.version, { status, progress: input.percent, ...(hasChildren ? {} : { effectiveProgress: input.percent }) }, ctx.now);
    if (!updated) throw staleVersion();
    const report = await insertReport(tx, { taskId: id, reportedOn: input.reportedOn, percent: input.percent, note: input.note, byUserId: ctx.actor.userId });
    if (status !== task.status) await event(txCtx, task, 'start', status);
    if (task.parentId) await rollUpFrom(tx, task.parentId, ctx.now);
    await recordChange(tx, txCtx, { entity: 'task', entityId: id, unitId: task.leadUnitId, action: 'update', summary: `${input.percent}% — ${task.title}`, before: { progress: task.progress }, after: { progress: input.percent, reportedOn: input.reportedOn, note: input.note } });
    return { task: updated, report };
  });
}

export async function submitTask(ctx: ServiceContext, id: string, version: number) {
  const task = await getVisibleTask(ctx, id);
  await requireSide(ctx, task, 'assignee', 'task.report');
  if (!['not_started', 'in_progress', 'returned'].includes(task.status)) throw invalidState('Chỉ gửi kết quả nhiệm vụ đang thực hiện.', 'Only open tasks can be submitted.', 'NOT_SUBMITTABLE');
  return transition(ctx, task, version, 'submitted', 'submit', { submittedAt: ctx.now, submittedByUserId: ctx.actor.userId });
}

/** Verify a submitted result: đạt → done. Nobody verifies their own task. */
export async function verifyTask(ctx: ServiceContext, id: string, version: number) {
  const task = await getVisibleTask(ctx, id);
  await requireSide(ctx, task, 'assigner', 'task.verify');
  if (task.status !== 'submitted') throw invalidState('Chỉ thẩm định nhiệm vụ đã gửi kết quả.', 'Only submitted tasks can be verified.', 'NOT_SUBMITTED');
  await refuseSelfVerification(ctx, task);
  const completedOn = todayInVietnam(task.submittedAt ?? ctx.now);
  return transition(ctx, task, version, 'done', 'verify', { completedOn, progress: 100, effectiveProgress: 100 });
}

async function refuseSelfVerification(ctx: ServiceContext, task: TaskRow) {
  // The submitter, the responsible person, and — for a unit's internal task — its creator are all "self".
  const own = task.submittedByUserId === ctx.actor.userId || (task.createdByUserId === ctx.actor.userId && task.leadUnitId === task.assignerUnitId);
  const responsible = task.responsiblePersonId !== null && task.responsiblePersonId === (await personOfActor(ctx));
  if (own || responsible)
    throw new AppError('FORBIDDEN', { vi: 'Không ai tự thẩm định nhiệm vụ của mình: cần người khác của đơn vị giao việc.', en: 'Nobody verifies their own task: someone else of the assigning unit must.' }, { reason: 'SELF_VERIFICATION' });
}

async function personOfActor(ctx: ServiceContext): Promise<string | null> {
  return (await findUserById(ctx.db, ctx.actor.userId))?.personId ?? null;
}

/** Send a result back (chưa đạt): the reason is required. */
export async function returnTask(ctx: ServiceContext, id: string, version: number, reason: string) {
  const task = await getVisibleTask(ctx, id);
  await requireSide(ctx, task, 'assigner', 'task.verify');
  if (task.status !== 'submitted') throw invalidState('Chỉ trả lại nhiệm vụ đã gửi kết quả.', 'Only submitted tasks can be sent back.', 'NOT_SUBMITTED');
  await refuseSelfVerification(ctx, task);
  return transition(ctx, task, version, 'returned', 'return', { submittedAt: null }, reason);
}

export async function cancelTask(ctx: ServiceContext, id: string, version: number, reason: string) {
  const task = await getVisibleTask(ctx, id);
  await requireSide(ctx, task, 'assigner', 'task.write');
  if (CLOSED.includes(task.status)) throw invalidState('Nhiệm vụ đã kết thúc.', 'The task is already closed.', 'TASK_CLOSED');
  return transition(ctx, task, version, 'cancelled', 'cancel', {}, reason);
}

export async function requestExtension(ctx: ServiceContext, id: string, requestedDueDate: string, reason: string, maxExtensions = DEFAULT_MAX_EXTENSIONS) {
  const task = await getVisibleTask(ctx, id);
  await requireSide(ctx, task, 'assignee', 'task.report');
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
  const task = await getVisibleTask(ctx, ext.taskId);
  await requireSide(ctx, task, 'assigner', 'task.write');
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
  const unit = await getVisibleUnit(ctx, q.unitId ?? ctx.actor.scope.rootUnitId);
  const asOf = q.asOf ?? todayInVietnam(ctx.now);
  const rows = await countDeadlineClasses(ctx.db, unit.path, q.from, q.to, asOf);
  const names = await unitNames(
    ctx.db,
    rows.map((r) => r.child_id).filter(Boolean),
  );
  return { unit, asOf, rows: rows.map((r) => ({ ...r, unitId: r.child_id || unit.id, unitName: r.child_id ? (names.find((n) => n.id === r.child_id)?.name ?? '') : unit.name, sortKey: r.child_id ? (names.find((n) => n.id === r.child_id)?.sortKey ?? '') : '' })) };
}

export async function inbox(ctx: ServiceContext) {
  authorize(ctx.actor, 'task.read');
  const asOf = todayInVietnam(ctx.now);
  const soon = new Date(`${asOf}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + 7);
  return listInbox(ctx.db, ctx.actor.scope, await personOfActor(ctx), asOf, soon.toISOString().slice(0, 10));
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
  const task = await getVisibleTask(ctx, id);
  const [children, cooperators, events, reports, extensions, sides] = await Promise.all([
    listChildren(ctx.db, id),
    listCooperators(ctx.db, id),
    listEvents(ctx.db, id),
    listReports(ctx.db, id),
    listExtensions(ctx.db, id),
    sidesOf(ctx, task),
  ]);
  const files = await listReportFiles(ctx.db, reports.map((r) => r.id));
  const withFiles = reports.map((r) => ({ ...r, files: files.filter((f) => f.reportId === r.id) }));
  const context = await findTaskContext(ctx.db, task);
  const abilities = { ...taskAbilities(ctx.actor, sides, task.status), edit: onAssignerSide(ctx.actor, sides) && roleCan(ctx.actor.role, 'task.write') && !CLOSED.includes(task.status) };
  return { task, context, children, cooperators, events, reports: withFiles, extensions, abilities };
}

export async function getReportFile(ctx: ServiceContext, id: string, reportId: string, sha256: string) {
  await getVisibleTask(ctx, id);
  const file = await findReportFile(ctx.db, id, reportId, sha256);
  if (!file) throw notFound({ vi: 'tệp minh chứng', en: 'evidence file' });
  return file;
}

/** The giving side edits a task's content; a changed due date is recorded as an event. */
export async function updateTask(ctx: ServiceContext, id: string, input: UpdateTaskInput): Promise<TaskRow> {
  const task = await getVisibleTask(ctx, id);
  await requireSide(ctx, task, 'assigner', 'task.write');
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

export async function listTasks(ctx: ServiceContext, q: ListTasksQuery) {
  authorize(ctx.actor, 'task.read');
  const statuses = q.status ? (q.status.split(',').filter(Boolean) as TaskStatus[]) : undefined;
  const mine = q.view === 'mine' ? ((await personOfActor(ctx)) ?? '00000000-0000-0000-0000-000000000000') : undefined;
  const unit = q.unitId ? await getVisibleUnit(ctx, q.unitId) : undefined;
  const root = ctx.actor.scope.prefixes[0] ?? '/';
  return listVisibleTasks(ctx.db, ctx.actor.scope, {
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
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
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
  const ready: { task: TaskRow; item: BulkProgressInput['items'][number]; hasChildren: boolean }[] = [];
  for (const item of input.items) {
    if (seen.has(item.taskId)) {
      failures.push({ taskId: item.taskId, reason: 'DUPLICATE' });
      continue;
    }
    seen.add(item.taskId);
    const task = await findVisibleTask(ctx.db, ctx.actor.scope, item.taskId);
    if (!task) failures.push({ taskId: item.taskId, reason: 'NOT_FOUND' });
    else if (!onAssigneeSide(ctx.actor, await sidesOf(ctx, task))) failures.push({ taskId: item.taskId, reason: 'FORBIDDEN' });
    else if (CLOSED.includes(task.status)) failures.push({ taskId: item.taskId, reason: 'TASK_CLOSED' });
    else if (task.status === 'submitted') failures.push({ taskId: item.taskId, reason: 'AWAITING_VERIFICATION' });
    else if (task.version !== item.version) failures.push({ taskId: item.taskId, reason: 'STALE_VERSION' });
    else ready.push({ task, item, hasChildren: (await listChildren(ctx.db, task.id)).length > 0 });
  }
  if (failures.length) throw bulkRefusal(failures);
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const out: TaskRow[] = [];
    for (const { task, item, hasChildren } of ready) {
      const status: TaskStatus = task.status === 'not_started' || task.status === 'returned' ? 'in_progress' : task.status;
      const updated = await updateTaskRow(tx, task.id, item.version, { status, progress: item.percent, ...(hasChildren ? {} : { effectiveProgress: item.percent }) }, ctx.now);
      if (!updated) throw bulkRefusal([{ taskId: task.id, reason: 'STALE_VERSION' }]);
      await insertReport(tx, { taskId: task.id, reportedOn: input.reportedOn, percent: item.percent, note: item.note, byUserId: ctx.actor.userId });
      if (status !== task.status) await event(txCtx, task, 'start', status);
      if (task.parentId) await rollUpFrom(tx, task.parentId, ctx.now);
      await recordChange(tx, txCtx, { entity: 'task', entityId: task.id, unitId: task.leadUnitId, action: 'update', summary: `${item.percent}% — ${task.title}`, before: { progress: task.progress }, after: { progress: item.percent, reportedOn: input.reportedOn, note: item.note, bulk: true } });
      out.push(updated);
    }
    // Roll-ups may have moved a parent that is also in the batch: return the rows as they end.
    const final: TaskRow[] = [];
    for (const t of out) final.push((await findTaskById(tx, t.id)) ?? t);
    return final;
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
  const task = await getVisibleTask(ctx, id);
  await requireSide(ctx, task, 'assignee', 'task.report');
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
