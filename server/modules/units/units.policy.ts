import { roleCan } from '../../../shared/access.ts';
import type { Actor } from '../../http/context.ts';
import { LEVEL_STAFF_KINDS } from '../../../shared/units.ts';
import type { UnitRow } from './units.repository.ts';

/** Dissolved units are history: read-only. */
export const canEditUnit = (actor: Actor, unit: UnitRow) => roleCan(actor.role, 'unit.write') && unit.status === 'active';

export const canCreateChildUnit = canEditUnit;

/** Nobody dissolves or moves the root of their own scope (they would lose it). */
export const canReorganizeUnit = (actor: Actor, unit: UnitRow) =>
  roleCan(actor.role, 'unit.reorganize') && unit.status === 'active' && unit.id !== actor.scope.rootUnitId;

export const canMoveUnit = (actor: Actor, unit: UnitRow) => canEditUnit(actor, unit) && unit.id !== actor.scope.rootUnitId;

export const unitAbilities = (actor: Actor, unit: UnitRow) => ({
  edit: canEditUnit(actor, unit),
  createChild: canCreateChildUnit(actor, unit),
  reorganize: canReorganizeUnit(actor, unit),
  move: canMoveUnit(actor, unit),
});

/** What deciding a scope needs of a unit: itself and its parent. */
export type ScopeUnit = Pick<UnitRow, 'id' | 'kind' | 'path'>;

/**
 * The root of a user's scope (ADR 003): the unit itself, or its party
 * committee when the unit is that committee's commission.
 */
export function scopeRootOf(unit: ScopeUnit & { parentId: string | null }, parent: ScopeUnit | null | undefined): ScopeUnit {
  if (unit.kind === 'commission' && parent && parent.id === unit.parentId && LEVEL_STAFF_KINDS.includes(parent.kind) && parent.kind === 'party_committee') return parent;
  return unit;
}
