import { z } from 'zod';
import { INTAKE_STATUSES } from '../../../shared/intake.ts';
import { PageQuerySchema } from '../../http/pagination.ts';
import { isoDate, msg, optionalIsoDate, optionalText, text, version } from '../../lib/zod-fields.ts';
import { CreateDocumentInputSchema } from '../documents/index.ts';
import { AWARD_KINDS } from './core/types.ts';

/** A pasted text may be long (a whole report), but stays within the 1 MB JSON body limit. */
export const PASTE_MAX_CHARS = 400_000;

export const PasteTextInputSchema = z.object({
  title: optionalText(200),
  text: z
    .string()
    .max(PASTE_MAX_CHARS, { error: msg(`Văn bản dài quá ${PASTE_MAX_CHARS.toLocaleString('vi-VN')} ký tự; hãy tải lên dưới dạng tệp.`, `The text is longer than ${PASTE_MAX_CHARS} characters; upload it as a file.`) })
    .refine((v) => v.trim().length > 0, { error: msg('Dán nội dung văn bản vào đây.', 'Paste the text here.') }),
  batchId: z.uuid().nullish().transform((v) => v ?? null),
});
export type PasteTextInput = z.infer<typeof PasteTextInputSchema>;

/** The form fields sent with an uploaded file. */
export const UploadFieldsSchema = z.object({ batchId: z.uuid().nullish().transform((v) => v ?? null) });

export const CreateBatchInputSchema = z.object({
  name: optionalText(200),
  /** How many files the client is about to send: the progress bar's total. */
  fileCount: z.number().int().min(1).max(1000),
});
export type CreateBatchInput = z.infer<typeof CreateBatchInputSchema>;

export const ListTextsQuerySchema = PageQuerySchema.extend({
  status: z.enum(INTAKE_STATUSES).optional(),
  batchId: z.uuid().optional(),
  q: z.string().max(200).optional(),
});
export type ListTextsQuery = z.infer<typeof ListTextsQuerySchema>;

const index = () => z.number().int().min(0).max(10_000);

/** A proposed registry document, as accepted (possibly edited): the registry's own fields. */
const AcceptDocumentSchema = z.intersection(z.object({ index: index() }), CreateDocumentInputSchema);

const AcceptPositionSchema = z.object({
  title: text(160),
  unitId: z.uuid(),
  startDate: optionalIsoDate(),
});

const AcceptPersonSchema = z.object({
  index: index(),
  /** An existing person to add the positions to; null creates the person. */
  personId: z.uuid().nullish().transform((v) => v ?? null),
  fullName: text(120),
  unitId: z.uuid(),
  positions: z.array(AcceptPositionSchema).max(20).default([]),
});

const AWARD_KIND_CODES = AWARD_KINDS.map((k) => k.code) as [(typeof AWARD_KINDS)[number]['code'], ...(typeof AWARD_KINDS)[number]['code'][]];
const count = () => z.number().int().min(0).max(1_000_000).nullish().transform((v) => v ?? null);

const AcceptAwardSchema = z
  .object({
    index: index(),
    giver: text(200),
    kind: z.enum(AWARD_KIND_CODES),
    collectives: count(),
    individuals: count(),
    reason: optionalText(1000),
    awardDate: optionalIsoDate(),
  })
  .refine((a) => (a.collectives ?? 0) + (a.individuals ?? 0) > 0, {
    path: ['collectives'],
    error: msg('Cần số tập thể hoặc số cá nhân được khen thưởng.', 'Give the number of collectives or of individuals awarded.'),
  });

const AcceptEventSchema = z.object({ eventDate: isoDate(), title: text(300) });

/**
 * The proposals a reviewer accepts, each possibly edited. All of them are
 * written in one transaction, or none. `version` is the text's.
 */
export const AcceptTextInputSchema = z.object({
  version: version(),
  documents: z.array(AcceptDocumentSchema).max(200).default([]),
  persons: z.array(AcceptPersonSchema).max(200).default([]),
  awards: z.array(AcceptAwardSchema).max(200).default([]),
  event: AcceptEventSchema.nullish().transform((v) => v ?? null),
});
export type AcceptTextInput = z.infer<typeof AcceptTextInputSchema>;

export const RejectTextInputSchema = z.object({ version: version() });
export type RejectTextInput = z.infer<typeof RejectTextInputSchema>;
