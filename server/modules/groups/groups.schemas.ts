import { z } from 'zod';
import { GROUP_KINDS } from '../../../shared/units.ts';
import { PageQuerySchema } from '../../http/pagination.ts';
import { optionalText, text, version } from '../../lib/zod-fields.ts';

const groupFields = {
  ownerUnitId: z.uuid(),
  kind: z.enum(GROUP_KINDS),
  name: text(200),
  year: z.number().int().min(2000).max(2100).nullish().transform((v) => v ?? null),
  note: optionalText(1000),
  memberIds: z.array(z.uuid()).max(500).default([]),
};

export const CreateGroupInputSchema = z.object(groupFields);
export type CreateGroupInput = z.infer<typeof CreateGroupInputSchema>;

export const UpdateGroupInputSchema = z.object({ version: version(), ...groupFields });
export type UpdateGroupInput = z.infer<typeof UpdateGroupInputSchema>;

export const ListGroupsQuerySchema = PageQuerySchema.extend({
  q: z.string().max(200).optional(),
  kind: z.enum(GROUP_KINDS).optional(),
  year: z.coerce.number().int().optional(),
});
export type ListGroupsQuery = z.infer<typeof ListGroupsQuerySchema>;
