import { z } from 'zod';
import { DOCUMENT_FIELDS } from '../../../shared/documents.ts';
import { DEADLINE_CLASSES, PERIOD_TYPES, TASK_PRIORITIES, TASK_PRODUCTS } from '../../../shared/tasks.ts';
import { PageQuerySchema } from '../../http/pagination.ts';
import { datesInOrder, isoDate, msg, optionalIsoDate, optionalText, text, version } from '../../lib/zod-fields.ts';

const PERIOD_NO_MAX = { year: 0, half: 2, quarter: 4, month: 12 } as const;

export const CreateProgrammeInputSchema = z
  .object({
    ownerUnitId: z.uuid(),
    parentId: z.uuid().nullish().transform((v) => v ?? null),
    periodType: z.enum(PERIOD_TYPES),
    year: z.number().int().min(2000).max(2100),
    periodNo: z.number().int().min(1).max(12).nullish().transform((v) => v ?? null),
    title: text(300),
    note: optionalText(4000),
  })
  .refine((v) => (v.periodType === 'year' ? v.periodNo === null : v.periodNo !== null && v.periodNo <= PERIOD_NO_MAX[v.periodType]), {
    path: ['periodNo'],
    error: msg('Kỳ không hợp lệ: 6 tháng 1–2, quý 1–4, tháng 1–12; năm thì bỏ trống.', 'Invalid period: half 1–2, quarter 1–4, month 1–12; none for a year.'),
  });
export type CreateProgrammeInput = z.infer<typeof CreateProgrammeInputSchema>;

const ORDER = { path: ['dueDate'], error: msg('Hạn hoàn thành phải sau ngày bắt đầu.', 'The due date must follow the start date.') };

const taskFields = {
  programmeId: z.uuid().nullish().transform((v) => v ?? null),
  parentId: z.uuid().nullish().transform((v) => v ?? null),
  leadUnitId: z.uuid(),
  cooperatorIds: z.array(z.uuid()).max(50).default([]),
  responsiblePersonId: z.uuid().nullish().transform((v) => v ?? null),
  title: text(500),
  description: optionalText(8000),
  expectedProduct: z.enum(TASK_PRODUCTS).nullish().transform((v) => v ?? null),
  sourceDocumentId: z.uuid().nullish().transform((v) => v ?? null),
  sourceNote: optionalText(500),
  field: z.enum(DOCUMENT_FIELDS).nullish().transform((v) => v ?? null),
  priority: z.enum(TASK_PRIORITIES).default('normal'),
  isKey: z.boolean().default(false),
  startDate: optionalIsoDate(),
  dueDate: isoDate(),
  weight: z.number().int().min(1).max(100).default(1),
};

export const CreateTaskInputSchema = z.object(taskFields).refine((v) => datesInOrder(v.startDate, v.dueDate), ORDER);
export type CreateTaskInput = z.infer<typeof CreateTaskInputSchema>;

export const AssignTaskInputSchema = z.object({
  unitIds: z.array(z.uuid()).min(1).max(200),
  dueDate: optionalIsoDate(),
});
export type AssignTaskInput = z.infer<typeof AssignTaskInputSchema>;

export const ReasonInputSchema = z.object({ version: version(), reason: text(2000) });
export const VersionInputSchema = z.object({ version: version() });

export const ProgressReportInputSchema = z.object({
  version: version(),
  reportedOn: isoDate(),
  /** Typed by the person; never computed. */
  percent: z.number().int().min(0).max(100),
  note: optionalText(4000),
});
export type ProgressReportInput = z.infer<typeof ProgressReportInputSchema>;

export const BulkProgressInputSchema = z.object({
  reportedOn: isoDate(),
  items: z
    .array(z.object({ taskId: z.uuid(), version: version(), percent: z.number().int().min(0).max(100), note: optionalText(4000) }))
    .min(1)
    .max(500),
});
export type BulkProgressInput = z.infer<typeof BulkProgressInputSchema>;

export const ExtensionRequestInputSchema = z.object({ requestedDueDate: isoDate(), reason: text(2000) });
export const ExtensionDecisionInputSchema = z.object({ approve: z.boolean(), note: optionalText(2000) });

export const DeadlineQuerySchema = z.object({
  unitId: z.uuid().optional(),
  from: isoDate(),
  to: isoDate(),
  asOf: optionalIsoDate(),
});
export type DeadlineQuery = z.infer<typeof DeadlineQuerySchema>;

export const ListTasksQuerySchema = PageQuerySchema.extend({
  /** mine: I am the responsible person; unit: led by my unit; assigned: given by my unit to others; all: everything I see. */
  view: z.enum(['mine', 'unit', 'assigned', 'all']).default('all'),
  programmeId: z.uuid().optional(),
  status: z.string().max(100).optional(),
  q: z.string().max(200).optional(),
  /** Lead unit or anything under it. */
  unitId: z.uuid().optional(),
  field: z.enum(DOCUMENT_FIELDS).optional(),
  sourceDocumentId: z.uuid().optional(),
  dueFrom: isoDate().optional(),
  dueTo: isoDate().optional(),
  deadlineClass: z.enum(DEADLINE_CLASSES).optional(),
  asOf: isoDate().optional(),
  keyOnly: z.enum(['true', 'false']).optional(),
});
export type ListTasksQuery = z.infer<typeof ListTasksQuerySchema>;

export const ListProgrammesQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/** Edit a task: the giving side changes its content; due dates change here or through extensions. */
export const UpdateTaskInputSchema = z
  .object({
    version: version(),
    cooperatorIds: taskFields.cooperatorIds,
    responsiblePersonId: taskFields.responsiblePersonId,
    title: taskFields.title,
    description: taskFields.description,
    expectedProduct: taskFields.expectedProduct,
    sourceDocumentId: taskFields.sourceDocumentId,
    sourceNote: taskFields.sourceNote,
    field: taskFields.field,
    priority: taskFields.priority,
    isKey: taskFields.isKey,
    startDate: taskFields.startDate,
    dueDate: taskFields.dueDate,
    weight: taskFields.weight,
  })
  .refine((v) => datesInOrder(v.startDate, v.dueDate), ORDER);
export type UpdateTaskInput = z.infer<typeof UpdateTaskInputSchema>;
