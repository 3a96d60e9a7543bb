import { type Permission, roleCan } from '../../shared/access.ts';
import { forbidden } from '../lib/app-error.ts';
import type { Actor } from './context.ts';

/** Throws 403 unless the actor's role grants the permission. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!roleCan(actor.role, permission)) throw forbidden();
}
