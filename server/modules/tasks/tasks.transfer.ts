/** Programmes and task lists in and out of Excel. */
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../http/context.ts';
import { authorize } from '../../http/policy.ts';
import { AppError, type Bilingual, staleVersion } from '../../lib/app-error.ts';
import { foldVietnamese } from '../../lib/vi-text.ts';
import { recordChange } from '../audit/index.ts';
import { onAssignerSide } from './tasks.policy.ts';
import {
  cooperatorNames,
  findProgrammeInScope,
  insertEvent,
  insertTask,
  listProgrammeTasks,
  personNames,
  personsByNameInScope,
  setCooperators,
  type TaskRow,
  unitsByNameInScope,
  updateTaskRow,
} from './tasks.repository.ts';
import type { ListTasksQuery } from './tasks.schemas.ts';
import { listTaskRows, sidesOf } from './tasks.service.ts';
import {
  buildTaskWorkbook,
  type Cell,
  cellDate,
  cellField,
  cellPriority,
  cellProduct,
  cellText,
  COLUMN_HEADER,
  type ColumnKey,
  EXPORT_MAX_ROWS,
  type ExportRow,
  NotAWorkbook,
  readTaskWorkbook,
  type SheetRow,
  WrongLayout,
} from './tasks.xlsx.ts';

const PROGRAMME = { vi: 'chương trình', en: 'programme' };

async function withNames(ctx: ServiceContext, rows: { task: TaskRow; leadName: string }[]): Promise<ExportRow[]> {
  const ids = rows.map((r) => r.task.id);
  const [coops, people] = await Promise.all([
    cooperatorNames(ctx.db, ids),
    personNames(ctx.db, [...new Set(rows.map((r) => r.task.responsiblePersonId).filter((x): x is string => x !== null))]),
  ]);
  const personName = new Map(people.map((p) => [p.id, p.fullName]));
  return rows.map((r) => ({
    ...r,
    cooperatorNames: coops.filter((c) => c.taskId === r.task.id).map((c) => c.name),
    responsibleName: r.task.responsiblePersonId ? (personName.get(r.task.responsiblePersonId) ?? null) : null,
  }));
}

async function loadProgramme(ctx: ServiceContext, id: string) {
  const programme = await findProgrammeInScope(ctx.db, ctx.actor.scope, id);
  if (!programme) throw new AppError('NOT_FOUND', { vi: `Không tìm thấy ${PROGRAMME.vi}.`, en: `The ${PROGRAMME.en} was not found.` });
  return programme;
}

/** The programme's tasks the actor sees, as a workbook. */
export async function exportProgramme(ctx: ServiceContext, id: string) {
  authorize(ctx.actor, 'task.read');
  const programme = await loadProgramme(ctx, id);
  const rows = await listProgrammeTasks(ctx.db, ctx.actor.scope, id);
  return { programme, content: await buildTaskWorkbook(await withNames(ctx, rows.slice(0, EXPORT_MAX_ROWS))) };
}

/** Any task list, with the list's filters, at most EXPORT_MAX_ROWS rows. */
export async function exportTaskList(ctx: ServiceContext, q: ListTasksQuery) {
  const rows = await listTaskRows(ctx, q, EXPORT_MAX_ROWS);
  return buildTaskWorkbook(await withNames(ctx, rows));
}

interface RowPlan {
  rowNo: number;
  /** The task to update; absent for a new one. */
  existing?: TaskRow;
  version?: number;
  values: {
    title: string;
    description: string | null;
    leadUnitId: string;
    cooperatorIds: string[];
    responsiblePersonId: string | null;
    startDate: string | null;
    dueDate: string;
    expectedProduct: TaskRow['expectedProduct'];
    field: string | null;
    priority: TaskRow['priority'];
    isKey: boolean;
  };
  changed: boolean;
}

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');
const splitNames = (cell: Cell) =>
  cellText(cell)
    .split(/[;\n]/u)
    .map((s) => s.trim())
    .filter(Boolean);

function fileError(vi: string, en: string) {
  return new AppError('VALIDATION_FAILED', { vi, en }, { fields: { file: { vi, en } } });
}

/**
 * Import a programme's workbook: rows with a Mã update that task (when
 * something changed, at the version exported), rows without one create a task.
 * Every row is checked first; one bad row and nothing is saved.
 */
export async function importProgramme(ctx: ServiceContext, id: string, content: Buffer): Promise<ImportSummary> {
  authorize(ctx.actor, 'task.write');
  const programme = await loadProgramme(ctx, id);
  let sheet: SheetRow[];
  try {
    sheet = await readTaskWorkbook(content);
  } catch (err) {
    if (err instanceof NotAWorkbook) throw fileError('Tệp không phải bảng tính Excel (.xlsx).', 'The file is not an Excel workbook (.xlsx).');
    if (err instanceof WrongLayout)
      throw fileError(`Bảng tính thiếu cột: ${err.missing.join(', ')}. Hãy dùng tệp xuất từ chương trình làm mẫu.`, `The sheet lacks the columns ${err.missing.join(', ')}. Start from an exported file.`);
    throw err;
  }
  if (sheet.length === 0) throw fileError('Bảng tính không có dòng nhiệm vụ nào.', 'The sheet has no task rows.');
  if (sheet.length > 5000) throw fileError('Tối đa 5000 dòng mỗi lần nhập.', 'At most 5000 rows per import.');

  const errors: Record<string, Bilingual> = {};
  const fail = (row: SheetRow, col: ColumnKey, vi: string, en: string) => {
    const key = `row ${row.rowNo}, ${COLUMN_HEADER[col]}`;
    if (!errors[key]) errors[key] = { vi, en };
  };

  // Names used anywhere in the file, resolved in one go.
  const unitNameSet = new Set<string>();
  const personNameSet = new Set<string>();
  for (const r of sheet) {
    const lead = cellText(r.cells.lead);
    if (lead) unitNameSet.add(lead);
    for (const n of splitNames(r.cells.cooperators)) unitNameSet.add(n);
    const p = cellText(r.cells.responsible);
    if (p) personNameSet.add(p);
  }
  const [unitRows, personRows, current] = await Promise.all([
    unitsByNameInScope(ctx.db, ctx.actor.scope, [...unitNameSet]),
    personsByNameInScope(ctx.db, ctx.actor.scope, [...personNameSet]),
    listProgrammeTasks(ctx.db, ctx.actor.scope, id),
  ]);
  const currentById = new Map(current.map((c) => [c.task.id, c]));
  const named = await withNames(ctx, current);
  const namesById = new Map(named.map((n) => [n.task.id, n]));
  const coopRows = await cooperatorNames(ctx.db, current.map((c) => c.task.id));
  const unitByName = (name: string) => unitRows.filter((u) => u.name === name);

  const plans: RowPlan[] = [];
  const seenIds = new Set<string>();
  for (const row of sheet) {
    const c = row.cells;
    const before = Object.keys(errors).length;
    // Mã and version
    let existing: TaskRow | undefined;
    let version: number | undefined;
    const code = cellText(c.id);
    if (code) {
      if (!UUID_RE.test(code) || !currentById.has(code.toLowerCase())) fail(row, 'id', 'Không tìm thấy nhiệm vụ có mã này trong chương trình.', 'No task of the programme has this id.');
      else if (seenIds.has(code.toLowerCase())) fail(row, 'id', 'Mã nhiệm vụ lặp lại ở dòng khác.', 'The same task id appears on another row.');
      else {
        existing = currentById.get(code.toLowerCase())!.task;
        seenIds.add(existing.id);
      }
      const v = typeof c.version === 'number' ? c.version : Number(cellText(c.version));
      if (!Number.isInteger(v) || v < 1) fail(row, 'version', 'Phiên bản phải là số nguyên (giữ nguyên như khi xuất).', 'The version must be a whole number (as exported).');
      else version = v;
    }
    // Plain fields
    const title = cellText(c.title);
    if (!title) fail(row, 'title', 'Bắt buộc nhập.', 'Required.');
    else if (title.length > 500) fail(row, 'title', 'Tối đa 500 ký tự.', 'At most 500 characters.');
    const description = cellText(c.description) || null;
    if (description && description.length > 8000) fail(row, 'description', 'Tối đa 8000 ký tự.', 'At most 8000 characters.');
    const startDate = cellDate(c.startDate);
    if (startDate === undefined) fail(row, 'startDate', 'Ngày không hợp lệ', 'Not a valid date');
    const dueDate = cellDate(c.dueDate);
    if (dueDate === undefined) fail(row, 'dueDate', 'Ngày không hợp lệ', 'Not a valid date');
    else if (dueDate === null) fail(row, 'dueDate', 'Bắt buộc nhập.', 'Required.');
    else if (startDate && startDate > dueDate) fail(row, 'dueDate', 'Hạn hoàn thành phải sau ngày bắt đầu.', 'The due date must follow the start date.');
    const expectedProduct = cellProduct(c.product);
    if (expectedProduct === undefined) fail(row, 'product', 'Giá trị không nằm trong danh sách cho phép.', 'Not one of the allowed values.');
    const field = cellField(c.field);
    if (field === undefined) fail(row, 'field', 'Giá trị không nằm trong danh sách cho phép.', 'Not one of the allowed values.');
    const priorityCell = cellPriority(c.priority);
    if (priorityCell === undefined) fail(row, 'priority', 'Giá trị không nằm trong danh sách cho phép.', 'Not one of the allowed values.');
    const keyText = cellText(c.isKey).toLowerCase();
    if (!['', 'x', 'có', 'co'].includes(keyText)) fail(row, 'isKey', 'Đánh "x" nếu là nhiệm vụ trọng tâm, để trống nếu không.', 'Mark "x" for a key task, leave empty otherwise.');

    const old = existing ? namesById.get(existing.id) : undefined;
    // Lead unit: unchanged name keeps the unit; otherwise an exact name in the scope.
    const leadName = cellText(c.lead);
    let leadUnitId: string | undefined;
    if (!leadName) fail(row, 'lead', 'Bắt buộc nhập.', 'Required.');
    else if (old && old.leadName === leadName) leadUnitId = old.task.leadUnitId;
    else if (old) fail(row, 'lead', 'Không đổi đơn vị chủ trì của nhiệm vụ đã có khi nhập tệp.', 'The lead unit of an existing task cannot be changed by import.');
    else {
      const found = unitByName(leadName);
      if (found.length === 0) fail(row, 'lead', `Không tìm thấy đơn vị "${leadName}" trong phạm vi của bạn.`, `No unit named "${leadName}" in your scope.`);
      else if (found.length > 1) fail(row, 'lead', `Có ${found.length} đơn vị cùng tên "${leadName}".`, `${found.length} units are named "${leadName}".`);
      else leadUnitId = found[0]!.id;
    }
    // Co-operating units.
    const coopNames = splitNames(c.cooperators);
    let cooperatorIds: string[] = [];
    if (old && sameSet(coopNames, old.cooperatorNames)) cooperatorIds = coopRows.filter((x) => x.taskId === old.task.id).map((x) => x.unitId);
    else
      for (const n of coopNames) {
        const found = unitByName(n);
        if (found.length !== 1) fail(row, 'cooperators', found.length ? `Có ${found.length} đơn vị cùng tên "${n}".` : `Không tìm thấy đơn vị "${n}" trong phạm vi của bạn.`, found.length ? `${found.length} units are named "${n}".` : `No unit named "${n}" in your scope.`);
        else cooperatorIds.push(found[0]!.id);
      }
    // Responsible person.
    const personName = cellText(c.responsible);
    let responsiblePersonId: string | null = null;
    if (personName && old && old.responsibleName === personName) responsiblePersonId = old.task.responsiblePersonId;
    else if (personName) {
      let found = personRows.filter((p) => p.fullName === personName);
      if (found.length > 1 && leadUnitId) found = found.filter((p) => p.unitId === leadUnitId);
      if (found.length !== 1) fail(row, 'responsible', found.length ? `Có nhiều cán bộ cùng tên "${personName}".` : `Không tìm thấy cán bộ "${personName}" trong phạm vi của bạn.`, found.length ? `Several persons are named "${personName}".` : `No person named "${personName}" in your scope.`);
      else responsiblePersonId = found[0]!.id;
    }
    if (Object.keys(errors).length > before) continue;

    const values: RowPlan['values'] = {
      title,
      description,
      leadUnitId: leadUnitId!,
      cooperatorIds: [...new Set(cooperatorIds)],
      responsiblePersonId,
      startDate: startDate ?? null,
      dueDate: dueDate!,
      expectedProduct: expectedProduct ?? null,
      field: field ?? null,
      priority: priorityCell ?? 'normal',
      isKey: keyText !== '',
    };
    if (!existing || !old) {
      plans.push({ rowNo: row.rowNo, values, changed: true });
      continue;
    }
    const t = existing;
    const changed =
      t.title !== values.title ||
      (t.description ?? null) !== values.description ||
      t.responsiblePersonId !== values.responsiblePersonId ||
      t.startDate !== values.startDate ||
      t.dueDate !== values.dueDate ||
      t.expectedProduct !== values.expectedProduct ||
      t.field !== values.field ||
      t.priority !== values.priority ||
      t.isKey !== values.isKey ||
      !sameSet(old.cooperatorNames, coopNames);
    if (changed) {
      if (version !== t.version)
        fail(row, 'version', `Nhiệm vụ đã được sửa sau khi xuất tệp (phiên bản hiện tại ${t.version}). Hãy xuất lại rồi sửa.`, `The task changed after the export (now version ${t.version}). Export again, then edit.`);
      else if (t.status === 'done' || t.status === 'cancelled') fail(row, 'status', 'Nhiệm vụ đã kết thúc, không sửa được.', 'The task is closed and cannot be edited.');
      else if (!onAssignerSide(ctx.actor, await sidesOf(ctx, t))) fail(row, 'id', 'Chỉ đơn vị giao nhiệm vụ mới sửa được nhiệm vụ này.', 'Only the assigning unit may edit this task.');
    }
    plans.push({ rowNo: row.rowNo, existing: t, version: t.version, values, changed });
  }

  const bad = Object.keys(errors);
  if (bad.length) {
    const list = (lang: 'vi' | 'en') => bad.map((k) => `${k}: ${errors[k]![lang]}`).join('; ');
    throw new AppError('VALIDATION_FAILED', { vi: `Tệp có ${bad.length} lỗi, chưa lưu gì: ${list('vi')}`, en: `The file has ${bad.length} errors; nothing was saved: ${list('en')}` }, { fields: errors });
  }

  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0 };
    for (const plan of plans) {
      const { cooperatorIds, ...values } = plan.values;
      const searchText = foldVietnamese(`${values.title} ${values.description ?? ''}`);
      if (!plan.existing) {
        const task = await insertTask(
          tx,
          { ...values, id: randomUUID(), programmeId: programme.id, assignerUnitId: programme.ownerUnitId, originalDueDate: values.dueDate, createdByUserId: ctx.actor.userId, searchText },
          null,
        );
        await setCooperators(tx, task.id, cooperatorIds);
        await insertEvent(tx, { taskId: task.id, at: ctx.now, byUserId: ctx.actor.userId, fromStatus: null, toStatus: 'not_started', action: 'create', reason: 'import' });
        await recordChange(tx, txCtx, { entity: 'task', entityId: task.id, unitId: task.leadUnitId, action: 'create', summary: `${task.title} (nhập Excel)`, after: { ...values, cooperatorIds } });
        summary.created++;
      } else if (plan.changed) {
        const t = plan.existing;
        const updated = await updateTaskRow(tx, t.id, plan.version!, { ...values, searchText }, ctx.now);
        if (!updated) throw staleVersion();
        await setCooperators(tx, t.id, cooperatorIds);
        await insertEvent(tx, { taskId: t.id, at: ctx.now, byUserId: ctx.actor.userId, fromStatus: t.status, toStatus: t.status, action: 'edit', reason: 'import' });
        const changedKeys = (Object.keys(values) as (keyof typeof values)[]).filter((k) => t[k] !== values[k]);
        await recordChange(tx, txCtx, {
          entity: 'task',
          entityId: t.id,
          unitId: t.leadUnitId,
          action: 'update',
          summary: `${t.title} (nhập Excel)`,
          before: Object.fromEntries(changedKeys.map((k) => [k, t[k]])),
          after: { ...Object.fromEntries(changedKeys.map((k) => [k, values[k]])), cooperatorIds },
        });
        summary.updated++;
      } else summary.unchanged++;
    }
    await recordChange(tx, txCtx, { entity: 'programme', entityId: programme.id, unitId: programme.ownerUnitId, action: 'update', summary: `Nhập Excel: +${summary.created}, sửa ${summary.updated}`, after: { ...summary } });
    return summary;
  });
}

