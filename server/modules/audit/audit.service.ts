import type { Db } from '../../db/client.ts';
import type { ServiceContext } from '../../http/context.ts';
import { authorize } from '../../http/policy.ts';
import { getVisibleUnit } from '../units/index.ts';
import { insertAuditRows, listAuditRows } from './audit.repository.ts';
import type { ListAuditQuery } from './audit.schemas.ts';

export type AuditAction = 'create' | 'update' | 'delete' | 'merge' | 'dissolve' | 'move' | 'password' | 'revoke_sessions';

export interface Change {
  entity: string;
  entityId: string;
  /** The unit that owns the record; scopes who may read this audit row. */
  unitId: string | null;
  action: AuditAction;
  summary?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Values never written to the audit log in clear. */
const MASKED = new Set(['passwordHash', 'ethnicity', 'religion', 'searchText', 'sortKey']);

function mask(value: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'searchText' || k === 'sortKey') continue;
    out[k] = MASKED.has(k) && v !== null && v !== undefined ? '***' : v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

/**
 * Record changes in the audit log. Call it with the transaction of the change
 * so that a change and its audit row commit or roll back together.
 */
export async function recordChanges(tx: Db, ctx: ServiceContext, changes: Change[]): Promise<void> {
  await insertAuditRows(
    tx,
    changes.map((c) => ({
      at: ctx.now,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
      actorUnitId: ctx.actor.unitId,
      unitId: c.unitId,
      entity: c.entity,
      entityId: c.entityId,
      action: c.action,
      summary: c.summary ?? null,
      before: mask(c.before),
      after: mask(c.after),
      requestId: ctx.requestId,
    })),
  );
}

export const recordChange = (tx: Db, ctx: ServiceContext, change: Change) => recordChanges(tx, ctx, [change]);

/** A change made outside any request (command line, data loads), by a named operator. */
export async function recordSystemChange(db: Db, operator: string, change: Change): Promise<void> {
  await insertAuditRows(db, [
    {
      actorUserId: null,
      actorName: operator,
      actorUnitId: null,
      unitId: change.unitId,
      entity: change.entity,
      entityId: change.entityId,
      action: change.action,
      summary: change.summary ?? null,
      before: mask(change.before),
      after: mask(change.after),
      requestId: null,
    },
  ]);
}

export async function listAudit(ctx: ServiceContext, q: ListAuditQuery) {
  authorize(ctx.actor, 'audit.read');
  if (q.unitId) await getVisibleUnit(ctx, q.unitId);
  return listAuditRows(ctx.db, ctx.actor.scope, {
    entity: q.entity,
    entityId: q.entityId,
    action: q.action,
    actorUserId: q.actorUserId,
    unitId: q.unitId,
    from: q.from ? new Date(`${q.from}T00:00:00+07:00`) : undefined,
    to: q.to ? new Date(new Date(`${q.to}T00:00:00+07:00`).getTime() + 86_400_000) : undefined,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
}
