import { roleCan } from '../../../shared/access.ts';
import type { Actor } from '../../http/context.ts';

/** Ethnicity and religion are sensitive personal data (Law 91/2025/QH15, art. 2). */
export const canSeeSensitive = (actor: Actor) => roleCan(actor.role, 'person.sensitive');
export const canEditPeople = (actor: Actor) => roleCan(actor.role, 'person.write');

export const personAbilities = (actor: Actor) => ({ edit: canEditPeople(actor), seeSensitive: canSeeSensitive(actor) });
