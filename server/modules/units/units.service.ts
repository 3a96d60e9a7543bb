import type { Db } from '../../db/client.ts';
import type { Scope, ServiceContext } from '../../http/context.ts';
import { authorize } from '../../http/policy.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { recordChange } from '../audit/index.ts';
import { canCreateChildUnit, canEditUnit, canMoveUnit, canReorganizeUnit, type ScopeUnit, scopeRootOf, unitAbilities } from './units.policy.ts';
import { unitSnapshot } from './units.presenter.ts';
import {
  countActiveChildren,
  findAncestorsInScope,
  findUnitInScope,
  findUnitsInScope,
  findPredecessorPaths,
  findUnitWithParent,
  insertUnit,
  listChildrenInScope,
  listUnitsInScope,
  moveSubtree,
  type UnitRow,
  updateUnitRow,
} from './units.repository.ts';
import type { CreateUnitInput, DissolveUnitInput, ListUnitsQuery, MergeUnitsInput, UpdateUnitInput } from './units.schemas.ts';

const UNIT = { vi: 'đơn vị', en: 'unit' };

export const unitInvalidState = (vi: string, en: string, reason: string) => new AppError('INVALID_STATE', { vi, en }, { reason });

/** A unit the actor may see, or 404. Exported for other modules' services. */
export async function getVisibleUnit(ctx: ServiceContext, id: string): Promise<UnitRow> {
  const unit = await findUnitInScope(ctx.db, ctx.actor.scope, id);
  if (!unit) throw notFound(UNIT);
  return unit;
}

/*
 * Scopes are read on every signed-in request. A scope is the root's own path
 * plus the paths of the dissolved units whose records passed into its subtree;
 * those change only when the unit tree does, which moves the unit tree epoch
 * (units.table.ts), read with the actor in the sign-in statement. So they are
 * kept per database and root path while the epoch stands still (ADR 014). The
 * epoch is read before the paths: a change committed in between leaves paths
 * newer than their epoch, and the next request reads them again.
 */
const SCOPE_CACHE_ENTRIES = 10_000;
const predecessorCache = new WeakMap<Db, Map<string, { paths: string[]; epoch: number }>>();

async function predecessorPathsOf(db: Db, rootPath: string, epoch: number | null): Promise<string[]> {
  if (epoch === null) return findPredecessorPaths(db, rootPath);
  let byRoot = predecessorCache.get(db);
  if (!byRoot) predecessorCache.set(db, (byRoot = new Map()));
  const hit = byRoot.get(rootPath);
  if (hit?.epoch === epoch) return hit.paths;
  const paths = await findPredecessorPaths(db, rootPath);
  if (byRoot.size >= SCOPE_CACHE_ENTRIES) byRoot.clear();
  byRoot.set(rootPath, { paths, epoch });
  return paths;
}

/**
 * The scope of a user of `unit` (ADR 003), given the unit and its parent, and
 * the unit tree epoch read with them (null: read the predecessors afresh).
 */
export async function scopeOfUnitRows(db: Db, unit: ScopeUnit & { parentId: string | null }, parent: ScopeUnit | null, epoch: number | null): Promise<Scope> {
  const root = scopeRootOf(unit, parent);
  const prefixes = [root.path];
  const extra = [...(await predecessorPathsOf(db, root.path, epoch))].sort((a, b) => a.length - b.length);
  for (const p of extra) if (!prefixes.some((q) => p.startsWith(q))) prefixes.push(p);
  return { rootUnitId: root.id, prefixes };
}

/** The scope of a user of the unit `unitId`, or null when there is no such unit (read afresh, not cached). */
export async function scopeOfUnit(db: Db, unitId: string): Promise<Scope | null> {
  const found = await findUnitWithParent(db, unitId);
  return found ? scopeOfUnitRows(db, found.unit, found.parent, null) : null;
}

export async function listUnits(ctx: ServiceContext, q: ListUnitsQuery) {
  authorize(ctx.actor, 'unit.read');
  const under = q.under ? await getVisibleUnit(ctx, q.under) : undefined;
  return listUnitsInScope(ctx.db, ctx.actor.scope, {
    q: q.q,
    kind: q.kind,
    level: q.level,
    status: q.status,
    underPath: under?.path,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
}

/** Children of a unit, or the roots of the actor's scope (own root, then predecessors). */
export async function listUnitTree(ctx: ServiceContext, parentId: string | undefined) {
  authorize(ctx.actor, 'unit.read');
  if (parentId) {
    await getVisibleUnit(ctx, parentId);
    return listChildrenInScope(ctx.db, ctx.actor.scope, parentId);
  }
  const rootIds = ctx.actor.scope.prefixes.map((p) => p.split('/').filter(Boolean).pop() as string);
  const roots = await findUnitsInScope(ctx.db, ctx.actor.scope, rootIds);
  const withCounts = await Promise.all(
    rootIds
      .map((id) => roots.find((r) => r.id === id))
      .filter((r): r is UnitRow => !!r)
      .map(async (r) => ({ ...r, childCount: (await listChildrenInScope(ctx.db, ctx.actor.scope, r.id)).length })),
  );
  return withCounts;
}

export async function getUnit(ctx: ServiceContext, id: string) {
  authorize(ctx.actor, 'unit.read');
  const unit = await getVisibleUnit(ctx, id);
  const ancestors = (await findAncestorsInScope(ctx.db, ctx.actor.scope, unit.path)).filter((a) => a.id !== unit.id);
  const successor = unit.successorId ? await findUnitInScope(ctx.db, ctx.actor.scope, unit.successorId) : undefined;
  return { unit, ancestors, successor, abilities: unitAbilities(ctx.actor, unit) };
}

async function requireParentFor(ctx: ServiceContext, parentId: string): Promise<UnitRow> {
  const parent = await getVisibleUnit(ctx, parentId);
  if (!canCreateChildUnit(ctx.actor, parent)) {
    if (parent.status !== 'active')
      throw unitInvalidState('Không thể thêm đơn vị vào đơn vị đã giải thể.', 'Cannot add a unit under a dissolved unit.', 'PARENT_DISSOLVED');
    throw forbidden();
  }
  return parent;
}

async function insertChild(ctx: ServiceContext, parent: UnitRow, input: CreateUnitInput): Promise<UnitRow> {
  const { parentId: _parentId, ...fields } = input;
  const unit = await insertUnit(ctx.db, parent, fields, newId());
  await recordChange(ctx.db, ctx, { entity: 'unit', entityId: unit.id, unitId: unit.id, action: 'create', summary: unit.name, after: unitSnapshot(unit) });
  return unit;
}

export async function createUnit(ctx: ServiceContext, input: CreateUnitInput): Promise<UnitRow> {
  authorize(ctx.actor, 'unit.write');
  const parent = await requireParentFor(ctx, input.parentId);
  return ctx.db.transaction(async (tx) => insertChild({ ...ctx, db: tx }, parent, input));
}

export async function updateUnit(ctx: ServiceContext, id: string, input: UpdateUnitInput): Promise<UnitRow> {
  authorize(ctx.actor, 'unit.write');
  const unit = await getVisibleUnit(ctx, id);
  if (!canEditUnit(ctx.actor, unit)) {
    if (unit.status !== 'active')
      throw unitInvalidState('Đơn vị đã giải thể chỉ được xem, không sửa.', 'A dissolved unit is read-only.', 'UNIT_DISSOLVED');
    throw forbidden();
  }
  let newParent: UnitRow | undefined;
  if (input.parentId && input.parentId !== unit.parentId) {
    if (!canMoveUnit(ctx.actor, unit)) throw forbidden();
    newParent = await requireParentFor(ctx, input.parentId);
    if (newParent.path.startsWith(unit.path))
      throw unitInvalidState('Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.', 'A unit cannot move under itself.', 'MOVE_INTO_SELF');
  }
  const { version, parentId: _p, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const updated = await updateUnitRow(tx, id, version, fields, ctx.now);
    if (!updated) throw staleVersion();
    let result = updated;
    if (newParent) {
      await moveSubtree(tx, updated, newParent, ctx.now);
      result = (await findUnitInScope(tx, ctx.actor.scope, id)) ?? updated;
    }
    await recordChange(tx, txCtx, {
      entity: 'unit',
      entityId: id,
      unitId: id,
      action: newParent ? 'move' : 'update',
      summary: result.name,
      before: unitSnapshot(unit),
      after: unitSnapshot(result),
    });
    return result;
  });
}

async function requireReorganizable(ctx: ServiceContext, unit: UnitRow) {
  if (!canReorganizeUnit(ctx.actor, unit)) {
    if (unit.status !== 'active')
      throw unitInvalidState('Đơn vị này đã giải thể.', 'This unit is already dissolved.', 'UNIT_DISSOLVED');
    if (unit.id === ctx.actor.scope.rootUnitId)
      throw unitInvalidState('Không thể giải thể đơn vị gốc của chính bạn.', 'You cannot dissolve your own root unit.', 'OWN_ROOT');
    throw forbidden();
  }
}

async function requireSuccessor(ctx: ServiceContext, successorId: string, dissolved: UnitRow[]): Promise<UnitRow> {
  const successor = await getVisibleUnit(ctx, successorId);
  if (successor.status !== 'active')
    throw unitInvalidState('Đơn vị kế thừa phải đang hoạt động.', 'The successor must be active.', 'SUCCESSOR_DISSOLVED');
  if (dissolved.some((d) => successor.path.startsWith(d.path)))
    throw unitInvalidState(
      'Đơn vị kế thừa không được là đơn vị bị giải thể hoặc đơn vị cấp dưới của nó.',
      'The successor cannot be a dissolved unit or one under it.',
      'SUCCESSOR_INSIDE',
    );
  return successor;
}

async function markDissolved(ctx: ServiceContext, unit: UnitRow, version: number, successor: UnitRow | null, date: string, note: string | null, action: 'dissolve' | 'merge') {
  const updated = await updateUnitRow(
    ctx.db,
    unit.id,
    version,
    { status: 'dissolved', validTo: date, successorId: successor?.id ?? null, dissolutionNote: note },
    ctx.now,
  );
  if (!updated) throw staleVersion();
  await recordChange(ctx.db, ctx, {
    entity: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    action,
    summary: successor ? `${unit.name} → ${successor.name}` : unit.name,
    before: unitSnapshot(unit),
    after: unitSnapshot(updated),
  });
  return updated;
}

/** Dissolve one unit; its records pass to the successor, whose users then see them. */
export async function dissolveUnit(ctx: ServiceContext, id: string, input: DissolveUnitInput): Promise<UnitRow> {
  authorize(ctx.actor, 'unit.reorganize');
  const unit = await getVisibleUnit(ctx, id);
  await requireReorganizable(ctx, unit);
  const successor = input.successorId ? await requireSuccessor(ctx, input.successorId, [unit]) : null;
  if (!successor && (await countActiveChildren(ctx.db, unit.id)) > 0)
    throw unitInvalidState(
      'Đơn vị còn đơn vị cấp dưới đang hoạt động: hãy chọn đơn vị kế thừa hoặc chuyển các đơn vị cấp dưới trước.',
      'The unit still has active sub-units: choose a successor or move them first.',
      'HAS_ACTIVE_CHILDREN',
    );
  return ctx.db.transaction((tx) => markDissolved({ ...ctx, db: tx }, unit, input.version, successor, input.date, input.note, 'dissolve'));
}

/** Merge several units into an existing or a new successor. All or nothing. */
export async function mergeUnits(ctx: ServiceContext, input: MergeUnitsInput): Promise<{ successor: UnitRow; dissolved: UnitRow[] }> {
  authorize(ctx.actor, 'unit.reorganize');
  const ids = [...new Set(input.unitIds)];
  const found = await findUnitsInScope(ctx.db, ctx.actor.scope, ids);
  if (found.length !== ids.length) throw notFound(UNIT);
  for (const unit of found) await requireReorganizable(ctx, unit);
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    let successor: UnitRow;
    if (input.newUnit) {
      authorize(ctx.actor, 'unit.write');
      const parent = await requireParentFor(txCtx, input.newUnit.parentId);
      if (found.some((d) => parent.path.startsWith(d.path)))
        throw unitInvalidState('Đơn vị mới không được nằm trong đơn vị bị sáp nhập.', 'The new unit cannot sit under a merged unit.', 'SUCCESSOR_INSIDE');
      successor = await insertChild(txCtx, parent, input.newUnit);
    } else {
      successor = await requireSuccessor(txCtx, input.successorId as string, found);
    }
    const dissolved: UnitRow[] = [];
    for (const unit of found) dissolved.push(await markDissolved(txCtx, unit, unit.version, successor, input.date, input.note, 'merge'));
    return { successor, dissolved };
  });
}
