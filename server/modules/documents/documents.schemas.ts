import { z } from 'zod';
import { DOCUMENT_FIELDS, DOCUMENT_KIND_CODES, DOCUMENT_RELATIONS, DOCUMENT_STATUSES, ISSUER_CODES } from '../../../shared/documents.ts';
import { PageQuerySchema } from '../../http/pagination.ts';
import { isoDate, msg, optionalIsoDate, optionalText, text, version } from '../../lib/zod-fields.ts';

const documentFields = {
  ownerUnitId: z.uuid().nullish().transform((v) => v ?? null),
  kind: z.enum(DOCUMENT_KIND_CODES),
  number: z
    .string()
    .trim()
    .regex(/^[0-9]{1,6}[a-zA-Z]?$/u, { error: msg('Số văn bản gồm chữ số, ví dụ 19 hoặc 03.', 'A document number is digits, e.g. 19 or 03.') }),
  symbol: optionalText(80),
  issueDate: optionalIsoDate(),
  issuerCode: z.enum(ISSUER_CODES).nullish().transform((v) => v ?? null),
  issuerName: text(200),
  issuerUnitId: z.uuid().nullish().transform((v) => v ?? null),
  term: z.number().int().min(1).max(30).nullish().transform((v) => v ?? null),
  subject: text(2000),
  fields: z.array(z.enum(DOCUMENT_FIELDS)).max(DOCUMENT_FIELDS.length).default([]),
  status: z.enum(DOCUMENT_STATUSES).default('in_force'),
  note: optionalText(4000),
};

const needsDateOrTerm = (v: { issueDate: string | null; term: number | null }) => v.issueDate !== null || v.term !== null;
const DATE_OR_TERM = {
  path: ['issueDate'],
  error: msg('Cần ngày ban hành hoặc khóa để phân biệt văn bản.', 'An issue date or a term is needed to tell documents apart.'),
};

export const CreateDocumentInputSchema = z.object(documentFields).refine(needsDateOrTerm, DATE_OR_TERM);
export type CreateDocumentInput = z.infer<typeof CreateDocumentInputSchema>;

export const UpdateDocumentInputSchema = z.object({ version: version(), ...documentFields }).refine(needsDateOrTerm, DATE_OR_TERM);
export type UpdateDocumentInput = z.infer<typeof UpdateDocumentInputSchema>;

export const ListDocumentsQuerySchema = PageQuerySchema.extend({
  q: z.string().max(200).optional(),
  kind: z.enum(DOCUMENT_KIND_CODES).optional(),
  issuer: z.string().max(200).optional(),
  year: z.coerce.number().int().min(1930).max(2100).optional(),
  field: z.enum(DOCUMENT_FIELDS).optional(),
  status: z.enum(DOCUMENT_STATUSES).optional(),
  scope: z.enum(['all', 'central', 'own']).default('all'),
});
export type ListDocumentsQuery = z.infer<typeof ListDocumentsQuerySchema>;

export const AddRelationInputSchema = z.object({ relation: z.enum(DOCUMENT_RELATIONS), targetId: z.uuid() });
export type AddRelationInput = z.infer<typeof AddRelationInputSchema>;

export const RelationQuerySchema = z.object({ relation: z.enum(DOCUMENT_RELATIONS), targetId: z.uuid() });

export const CreateMilestoneInputSchema = z
  .object({
    kind: z.enum(['interim', 'final', 'other']),
    yearsAfter: z.number().int().min(1).max(30).nullish().transform((v) => v ?? null),
    dueDate: optionalIsoDate(),
    label: optionalText(200),
    /** The unit whose own milestone this is; null = the document's, for every implementing unit. */
    unitId: z.uuid().nullish().transform((v) => v ?? null),
  })
  .refine((v) => (v.yearsAfter === null) !== (v.dueDate === null), {
    path: ['dueDate'],
    error: msg('Chọn số năm sau ngày ban hành hoặc một ngày cụ thể (một trong hai).', 'Give years after issue or an explicit date (one of them).'),
  });
export type CreateMilestoneInput = z.infer<typeof CreateMilestoneInputSchema>;

export const CompleteMilestoneInputSchema = z.object({
  unitId: z.uuid(),
  doneDate: isoDate(),
  reportDocumentId: z.uuid().nullish().transform((v) => v ?? null),
  reportRef: optionalText(500),
  note: optionalText(2000),
});
export type CompleteMilestoneInput = z.infer<typeof CompleteMilestoneInputSchema>;

export const CalendarQuerySchema = z.object({
  year: z.coerce.number().int().min(1930).max(2100),
  unitId: z.uuid().optional(),
});
export type CalendarQuery = z.infer<typeof CalendarQuerySchema>;

export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
