import { roleCan } from '../../../shared/access.ts';
import type { IntakeStatus } from '../../../shared/intake.ts';
import type { Actor } from '../../http/context.ts';

/**
 * Accepting a text writes into other modules, so each kind of proposal also
 * needs that module's permission: registry documents `document.write`, people
 * and positions `person.write`. Awards and the event are this module's own.
 */
export const canAcceptDocuments = (actor: Actor) => roleCan(actor.role, 'intake.write') && roleCan(actor.role, 'document.write');
export const canAcceptPeople = (actor: Actor) => roleCan(actor.role, 'intake.write') && roleCan(actor.role, 'person.write');

export const intakeAbilities = (actor: Actor, text: { status: IntakeStatus }) => {
  const write = roleCan(actor.role, 'intake.write');
  return {
    accept: write,
    reject: write && text.status === 'pending',
    acceptDocuments: canAcceptDocuments(actor),
    acceptPeople: canAcceptPeople(actor),
  };
};
