import type { AuditRow } from './audit.repository.ts';

export const presentAuditRow = (r: AuditRow) => ({
  id: r.id,
  at: r.at.toISOString(),
  actorUserId: r.actorUserId,
  actorName: r.actorName,
  actorUnitId: r.actorUnitId,
  unitId: r.unitId,
  entity: r.entity,
  entityId: r.entityId,
  action: r.action,
  summary: r.summary,
  before: r.before as Record<string, unknown> | null,
  after: r.after as Record<string, unknown> | null,
});
