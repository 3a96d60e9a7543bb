import { z } from 'zod';
import { PageQuerySchema } from '../../http/pagination.ts';

const isoDate = z.iso.date();

export const ListAuditQuerySchema = PageQuerySchema.extend({
  entity: z.string().max(40).optional(),
  entityId: z.string().max(64).optional(),
  action: z.string().max(40).optional(),
  actorUserId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type ListAuditQuery = z.infer<typeof ListAuditQuerySchema>;
