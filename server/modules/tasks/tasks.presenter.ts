import { pick } from '../../lib/pick.ts';
import { PRESENTED_TASK_FIELDS, type PresentedTaskRow, type ProgrammeRow, TASK_LIST_FIELDS, type TaskDetailRow, type TaskListRow } from './tasks.repository.ts';
import type { TaskAbilities } from './tasks.policy.ts';

export const presentTask = (t: PresentedTaskRow) => pick(t, PRESENTED_TASK_FIELDS);

/** A row of a task list: the task without its free text (read on its page), and its lead unit's name. */
export const presentTaskListItem = (t: TaskListRow, leadName: string) => ({ ...pick(t, TASK_LIST_FIELDS), leadName });

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
