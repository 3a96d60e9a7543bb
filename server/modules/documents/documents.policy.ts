import { roleCan } from '../../../shared/access.ts';
import type { Actor } from '../../http/context.ts';
import { pathVisible } from '../../db/scope.ts';

/**
 * Central documents (no owner) are changed only with `document.central`;
 * a unit's documents by users with `document.write` whose scope holds the owner.
 */
export const canWriteDocument = (actor: Actor, doc: { ownerUnitId: string | null }, ownerPath: string | null) =>
  doc.ownerUnitId === null ? roleCan(actor.role, 'document.central') : roleCan(actor.role, 'document.write') && ownerPath !== null && pathVisible(actor.scope, ownerPath);

export const documentAbilities = (actor: Actor, doc: { ownerUnitId: string | null }, ownerPath: string | null) => {
  const write = canWriteDocument(actor, doc, ownerPath);
  return { edit: write, delete: write, attach: write, review: roleCan(actor.role, 'review.write') };
};
