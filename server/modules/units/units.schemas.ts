import { z } from 'zod';
import { UNIT_KINDS, UNIT_LEVELS, UNIT_STATUSES } from '../../../shared/units.ts';
import { PageQuerySchema } from '../../http/pagination.ts';
import { datesInOrder, isoDate, optionalIsoDate, optionalText, text, version, msg } from '../../lib/zod-fields.ts';

const ORDER_MESSAGE = msg('Ngày kết thúc phải sau ngày bắt đầu.', 'The end date must follow the start date.');

const unitFields = {
  name: text(200),
  shortName: optionalText(60),
  code: optionalText(30),
  kind: z.enum(UNIT_KINDS),
  level: z.enum(UNIT_LEVELS),
  validFrom: optionalIsoDate(),
  validTo: optionalIsoDate(),
};

export const CreateUnitInputSchema = z
  .object({ parentId: z.uuid(), ...unitFields })
  .refine((v) => datesInOrder(v.validFrom, v.validTo), { path: ['validTo'], error: ORDER_MESSAGE });
export type CreateUnitInput = z.infer<typeof CreateUnitInputSchema>;

export const UpdateUnitInputSchema = z
  .object({ version: version(), parentId: z.uuid().optional(), ...unitFields })
  .refine((v) => datesInOrder(v.validFrom, v.validTo), { path: ['validTo'], error: ORDER_MESSAGE });
export type UpdateUnitInput = z.infer<typeof UpdateUnitInputSchema>;

export const DissolveUnitInputSchema = z.object({
  version: version(),
  date: isoDate(),
  successorId: z.uuid().nullish(),
  note: optionalText(1000),
});
export type DissolveUnitInput = z.infer<typeof DissolveUnitInputSchema>;

export const MergeUnitsInputSchema = z
  .object({
    unitIds: z.array(z.uuid()).min(1).max(50),
    successorId: z.uuid().optional(),
    newUnit: CreateUnitInputSchema.optional(),
    date: isoDate(),
    note: optionalText(1000),
  })
  .refine((v) => (v.successorId ? !v.newUnit : !!v.newUnit), {
    path: ['successorId'],
    error: msg('Chọn một đơn vị kế thừa có sẵn hoặc khai báo đơn vị mới (chỉ một trong hai).', 'Choose an existing successor or describe a new unit (exactly one).',),
  });
export type MergeUnitsInput = z.infer<typeof MergeUnitsInputSchema>;

export const ListUnitsQuerySchema = PageQuerySchema.extend({
  q: z.string().max(200).optional(),
  kind: z.enum(UNIT_KINDS).optional(),
  level: z.enum(UNIT_LEVELS).optional(),
  status: z.enum(UNIT_STATUSES).optional(),
  under: z.uuid().optional(),
});
export type ListUnitsQuery = z.infer<typeof ListUnitsQuerySchema>;

export const TreeQuerySchema = z.object({ parentId: z.uuid().optional() });

