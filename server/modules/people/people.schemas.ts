import { z } from 'zod';
import { GENDERS } from '../../../shared/units.ts';
import { PageQuerySchema } from '../../http/pagination.ts';
import { datesInOrder, optionalIsoDate, optionalText, text, version, msg } from '../../lib/zod-fields.ts';

const ORDER_MESSAGE = msg('Ngày kết thúc phải sau ngày bắt đầu.', 'The end date must follow the start date.');

const personFields = {
  unitId: z.uuid(),
  fullName: text(120),
  gender: z.enum(GENDERS).nullish().transform((v) => v ?? null),
  birthYear: z.number().int().min(1900).max(2100).nullish().transform((v) => v ?? null),
  /** Sensitive: sent and stored only when given. */
  ethnicity: optionalText(60),
  religion: optionalText(60),
  phone: optionalText(30),
  email: z.union([z.email(), z.literal('')]).nullish().transform((v) => (v ? v : null)),
};

export const CreatePersonInputSchema = z.object(personFields);
export type CreatePersonInput = z.infer<typeof CreatePersonInputSchema>;

export const UpdatePersonInputSchema = z.object({ version: version(), ...personFields });
export type UpdatePersonInput = z.infer<typeof UpdatePersonInputSchema>;

const positionFields = {
  unitId: z.uuid(),
  title: text(160),
  isHead: z.boolean().default(false),
  startDate: optionalIsoDate(),
  endDate: optionalIsoDate(),
};

export const CreatePositionInputSchema = z
  .object(positionFields)
  .refine((v) => datesInOrder(v.startDate, v.endDate), { path: ['endDate'], error: ORDER_MESSAGE });
export type CreatePositionInput = z.infer<typeof CreatePositionInputSchema>;

export const UpdatePositionInputSchema = z
  .object({ version: version(), ...positionFields })
  .refine((v) => datesInOrder(v.startDate, v.endDate), { path: ['endDate'], error: ORDER_MESSAGE });
export type UpdatePositionInput = z.infer<typeof UpdatePositionInputSchema>;

export const ListPersonsQuerySchema = PageQuerySchema.extend({
  q: z.string().max(200).optional(),
  unitId: z.uuid().optional(),
  /** Include people of every unit under `unitId`. */
  subtree: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
});
export type ListPersonsQuery = z.infer<typeof ListPersonsQuerySchema>;

