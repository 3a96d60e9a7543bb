import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferRequestType, InferResponseType } from 'hono/client';
import type { DocumentField } from '../../../shared/documents.ts';
import type { DeadlineClass, TaskStatus } from '../../../shared/tasks.ts';
import { api, parseApiError, unwrap } from '../../api/client.ts';
import { formWith, uploadWithProgress } from '../../api/upload.ts';
import { currentLanguage } from '../../lib/i18n-store.ts';

export type Programme = InferResponseType<typeof api.programmes.$get, 200>['items'][number];
export type ProgrammeDetail = InferResponseType<(typeof api.programmes)[':id']['$get'], 200>;
export type ProgrammeTask = ProgrammeDetail['tasks'][number];
export type TaskListItem = InferResponseType<typeof api.tasks.$get, 200>['items'][number];
export type TaskDetail = InferResponseType<(typeof api.tasks)[':id']['$get'], 200>;
export type TaskInbox = InferResponseType<typeof api.tasks.inbox.$get, 200>;
export type DeadlineReport = InferResponseType<typeof api.tasks.deadlines.$get, 200>;
export type DeadlineReportRow = DeadlineReport['rows'][number];
export type CreateProgrammeBody = InferRequestType<typeof api.programmes.$post>['json'];
export type CreateTaskBody = InferRequestType<typeof api.tasks.$post>['json'];

export type TaskView = 'mine' | 'unit' | 'assigned' | 'all';

export interface TaskSearchParams {
  view?: TaskView | undefined;
  programmeId?: string | undefined;
  status?: TaskStatus | undefined;
  q?: string | undefined;
  unitId?: string | undefined;
  field?: DocumentField | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  deadlineClass?: DeadlineClass | undefined;
  asOf?: string | undefined;
  keyOnly?: boolean | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export const taskKeys = {
  all: ['tasks'] as const,
  programmes: (year: number | undefined) => ['tasks', 'programmes', year ?? null] as const,
  programme: (id: string) => ['tasks', 'programme', id] as const,
  list: (p: TaskSearchParams) => ['tasks', 'list', p] as const,
  detail: (id: string) => ['tasks', 'detail', id] as const,
  inbox: ['tasks', 'inbox'] as const,
  deadlines: (p: { unitId?: string | undefined; from: string; to: string; asOf?: string | undefined }) => ['tasks', 'deadlines', p] as const,
};

export function useProgrammes(year: number | undefined) {
  return useQuery({
    queryKey: taskKeys.programmes(year),
    queryFn: () => unwrap(api.programmes.$get({ query: year ? { year: String(year) } : {} })),
    placeholderData: keepPreviousData,
  });
}

export function useProgramme(id: string | undefined) {
  return useQuery({
    queryKey: taskKeys.programme(id ?? ''),
    queryFn: () => unwrap(api.programmes[':id'].$get({ param: { id: id as string } })),
    enabled: !!id,
  });
}

export const fetchTasks = (p: TaskSearchParams) =>
  unwrap(
    api.tasks.$get({
      query: {
        view: p.view ?? 'all',
        ...(p.programmeId ? { programmeId: p.programmeId } : {}),
        ...(p.status ? { status: p.status } : {}),
        ...(p.q?.trim() ? { q: p.q.trim() } : {}),
        ...(p.unitId ? { unitId: p.unitId } : {}),
        ...(p.field ? { field: p.field } : {}),
        ...(p.dueFrom ? { dueFrom: p.dueFrom } : {}),
        ...(p.dueTo ? { dueTo: p.dueTo } : {}),
        ...(p.deadlineClass ? { deadlineClass: p.deadlineClass } : {}),
        ...(p.asOf ? { asOf: p.asOf } : {}),
        ...(p.keyOnly ? { keyOnly: 'true' as const } : {}),
        page: String(p.page ?? 1),
        pageSize: String(p.pageSize ?? 20),
      },
    }),
  );

export function useTaskSearch(p: TaskSearchParams, enabled = true) {
  return useQuery({ queryKey: taskKeys.list(p), queryFn: () => fetchTasks(p), placeholderData: keepPreviousData, enabled });
}

export function useTask(id: string | undefined) {
  return useQuery({
    queryKey: taskKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.tasks[':id'].$get({ param: { id: id as string } })),
    enabled: !!id,
  });
}

export function useTaskInbox() {
  return useQuery({ queryKey: taskKeys.inbox, queryFn: () => unwrap(api.tasks.inbox.$get()) });
}

export function useDeadlines(p: { unitId?: string | undefined; from: string; to: string; asOf?: string | undefined }, enabled = true) {
  return useQuery({
    queryKey: taskKeys.deadlines(p),
    queryFn: () =>
      unwrap(api.tasks.deadlines.$get({ query: { from: p.from, to: p.to, ...(p.unitId ? { unitId: p.unitId } : {}), ...(p.asOf ? { asOf: p.asOf } : {}) } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** After any write: every programme, list, detail, inbox and dashboard of tasks, and the audit log. */
function useInvalidateTasks() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: taskKeys.all }), qc.invalidateQueries({ queryKey: ['audit'] })]);
}

export function useCreateProgramme() {
  const invalidate = useInvalidateTasks();
  return useMutation({ mutationFn: (json: CreateProgrammeBody) => unwrap(api.programmes.$post({ json })), onSuccess: () => void invalidate() });
}

export function useCreateTask() {
  const invalidate = useInvalidateTasks();
  return useMutation({ mutationFn: (json: CreateTaskBody) => unwrap(api.tasks.$post({ json })), onSuccess: () => void invalidate() });
}

/** The writes on one task; each sends back the version the user saw. */
export function useTaskActions(id: string) {
  const invalidate = useInvalidateTasks();
  const param = { id };
  const opts = { onSuccess: () => void invalidate() };
  return {
    submit: useMutation({ mutationFn: (version: number) => unwrap(api.tasks[':id'].submit.$post({ param, json: { version } })), ...opts }),
    verify: useMutation({ mutationFn: (version: number) => unwrap(api.tasks[':id'].verify.$post({ param, json: { version } })), ...opts }),
    ret: useMutation({ mutationFn: (json: { version: number; reason: string }) => unwrap(api.tasks[':id'].return.$post({ param, json })), ...opts }),
    cancel: useMutation({ mutationFn: (json: { version: number; reason: string }) => unwrap(api.tasks[':id'].cancel.$post({ param, json })), ...opts }),
    assign: useMutation({ mutationFn: (json: { unitIds: string[]; dueDate: string | null }) => unwrap(api.tasks[':id'].assign.$post({ param, json })), ...opts }),
    extension: useMutation({
      mutationFn: (json: { requestedDueDate: string; reason: string }) => unwrap(api.tasks[':id'].extensions.$post({ param, json })),
      ...opts,
    }),
  };
}

export function useDecideExtension() {
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: ({ extensionId, approve, note }: { extensionId: string; approve: boolean; note: string | null }) =>
      unwrap(api.tasks.extensions[':id'].decide.$post({ param: { id: extensionId }, json: { approve, note } })),
    onSuccess: () => void invalidate(),
  });
}

export type UpdateTaskBody = InferRequestType<(typeof api.tasks)[':id']['$put']>['json'];
export type BulkProgressBody = InferRequestType<(typeof api.tasks)['bulk-progress']['$post']>['json'];
export type ImportSummary = { created: number; updated: number; unchanged: number };
export type ReportFile = { fileName: string; sha256: string; size: number; mediaType: string };

const enc = encodeURIComponent;

export const programmeExportUrl = (id: string) => `/api/programmes/${enc(id)}/export.xlsx`;

/** The list export, with the same filters as the list (no paging). */
export function taskListExportUrl(p: TaskSearchParams): string {
  const q = new URLSearchParams();
  q.set('view', p.view ?? 'all');
  const add = (k: string, v: string | undefined) => {
    if (v) q.set(k, v);
  };
  add('programmeId', p.programmeId);
  add('status', p.status);
  add('q', p.q?.trim());
  add('unitId', p.unitId);
  add('field', p.field);
  add('dueFrom', p.dueFrom);
  add('dueTo', p.dueTo);
  add('deadlineClass', p.deadlineClass);
  add('asOf', p.asOf);
  if (p.keyOnly) q.set('keyOnly', 'true');
  return `/api/tasks/export.xlsx?${q.toString()}`;
}

export const reportFileUrl = (taskId: string, reportId: string, sha256: string) => `/api/tasks/${enc(taskId)}/reports/${enc(reportId)}/files/${enc(sha256)}`;


export function useImportProgramme(id: string) {
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (percent: number | null) => void }) =>
      uploadWithProgress<ImportSummary>(`/api/programmes/${enc(id)}/import`, formWith(file), onProgress),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateTask(id: string) {
  const invalidate = useInvalidateTasks();
  return useMutation({ mutationFn: (json: UpdateTaskBody) => unwrap(api.tasks[':id'].$put({ param: { id }, json })), onSuccess: () => void invalidate() });
}

export function useBulkProgress() {
  const invalidate = useInvalidateTasks();
  return useMutation({ mutationFn: (json: BulkProgressBody) => unwrap(api.tasks['bulk-progress'].$post({ json })), onSuccess: () => void invalidate() });
}

/** Multipart upload of a report's evidence: the typed client does not do FormData. */
export async function uploadReportFile(taskId: string, reportId: string, file: File): Promise<ReportFile> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch(`/api/tasks/${enc(taskId)}/reports/${enc(reportId)}/files`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { 'accept-language': currentLanguage() },
  });
  if (!res.ok) throw await parseApiError(res);
  return (await res.json()) as ReportFile;
}

/**
 * Report progress, then attach the evidence to the new report. The progress answer is the task,
 * so the new report is the one the refreshed detail has and the detail seen before did not.
 */
export function useReportProgressWithEvidence(id: string) {
  const qc = useQueryClient();
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: async ({ json, file, knownReportIds }: { json: { version: number; reportedOn: string; percent: number; note: string | null }; file: File | null; knownReportIds: string[] }) => {
      const task = await unwrap(api.tasks[':id'].progress.$post({ param: { id }, json }));
      if (!file) return { task, fileError: null };
      try {
        const detail = await qc.fetchQuery({ queryKey: taskKeys.detail(id), queryFn: () => unwrap(api.tasks[':id'].$get({ param: { id } })), staleTime: 0 });
        const known = new Set(knownReportIds);
        const report = detail.reports.find((r) => !known.has(r.id)) ?? detail.reports.at(-1);
        if (!report) throw new Error('no report');
        await uploadReportFile(id, report.id, file);
        return { task, fileError: null };
      } catch (err) {
        return { task, fileError: err };
      }
    },
    onSuccess: () => void invalidate(),
  });
}
