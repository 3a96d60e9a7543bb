import type { PresentedTaskRow, ProgrammeRow, TaskDetailRow, TaskListRow } from './tasks.repository.ts';
import type { TaskAbilities } from './tasks.policy.ts';

export const presentTask = (t: PresentedTaskRow) => ({
  id: t.id,
  programmeId: t.programmeId,
  parentId: t.parentId,
  assignerUnitId: t.assignerUnitId,
  leadUnitId: t.leadUnitId,
  responsiblePersonId: t.responsiblePersonId,
  title: t.title,
  description: t.description,
  expectedProduct: t.expectedProduct,
  sourceDocumentId: t.sourceDocumentId,
  sourceNote: t.sourceNote,
  field: t.field,
  priority: t.priority,
  isKey: t.isKey,
  startDate: t.startDate,
  dueDate: t.dueDate,
  originalDueDate: t.originalDueDate,
  status: t.status,
  progress: t.progress,
  effectiveProgress: t.effectiveProgress,
  weight: t.weight,
  completedOn: t.completedOn,
  version: t.version,
});

/** A row of a task list: the task without its free text (read on its page), and its lead unit's name. */
export const presentTaskListItem = (t: TaskListRow, leadName: string) => ({
  id: t.id,
  programmeId: t.programmeId,
  parentId: t.parentId,
  assignerUnitId: t.assignerUnitId,
  leadUnitId: t.leadUnitId,
  responsiblePersonId: t.responsiblePersonId,
  title: t.title,
  expectedProduct: t.expectedProduct,
  sourceDocumentId: t.sourceDocumentId,
  field: t.field,
  priority: t.priority,
  isKey: t.isKey,
  startDate: t.startDate,
  dueDate: t.dueDate,
  originalDueDate: t.originalDueDate,
  status: t.status,
  progress: t.progress,
  effectiveProgress: t.effectiveProgress,
  weight: t.weight,
  completedOn: t.completedOn,
  version: t.version,
  leadName,
});

export const presentProgramme = (p: ProgrammeRow) => ({
  id: p.id,
  ownerUnitId: p.ownerUnitId,
  parentId: p.parentId,
  periodType: p.periodType,
  year: p.year,
  periodNo: p.periodNo,
  title: p.title,
  note: p.note,
  version: p.version,
});

/** A task's page: the task, the names around it, its collections and what the actor may do. */
export const presentTaskDetail = (d: TaskDetailRow & { abilities: TaskAbilities & { edit: boolean } }) => ({
  ...presentTask(d.task),
  ...d.context,
  children: d.children.map(presentTask),
  cooperators: d.cooperators,
  events: d.events.map((e) => ({ ...e, at: e.at.toISOString() })),
  reports: d.reports.map((r) => ({
    id: r.id,
    reportedOn: r.reportedOn,
    percent: r.percent,
    note: r.note,
    byUserId: r.byUserId,
    files: r.files.map((f) => ({ fileName: f.fileName, sha256: f.sha256, size: f.size, mediaType: f.mediaType })),
  })),
  extensions: d.extensions.map((e) => ({ ...e, createdAt: e.createdAt.toISOString(), decidedAt: e.decidedAt?.toISOString() ?? null })),
  abilities: d.abilities,
});
