import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Permission } from '../../shared/access.ts';
import type { AppEnv } from './context.ts';
import { authorize } from './policy.ts';
import { requireActor } from './context.ts';

/** Marks the guard of a route, so tests can prove every route declares one. */
export const ROUTE_GUARD = Symbol.for('danvan.routeGuard');
export type RouteGuard = { kind: 'permission'; permission: Permission } | { kind: 'public' } | { kind: 'signed-in' };

const tag = <M extends MiddlewareHandler<AppEnv>>(mw: M, guard: RouteGuard): M =>
  Object.assign(mw, { [ROUTE_GUARD]: guard });

/** The route needs a signed-in actor whose role grants `permission`. */
export const allow = (permission: Permission) =>
  tag(
    createMiddleware<AppEnv>(async (c, next) => {
      authorize(requireActor(c), permission);
      await next();
    }),
    { kind: 'permission', permission },
  );

/** The route needs only a signed-in actor (own profile, own password, sign-out). */
export const signedIn = () =>
  tag(
    createMiddleware<AppEnv>(async (c, next) => {
      requireActor(c);
      await next();
    }),
    { kind: 'signed-in' },
  );

/** The route is open to anyone (sign-in, health). */
export const publicRoute = () =>
  tag(
    createMiddleware<AppEnv>(async (_c, next) => {
      await next();
    }),
    { kind: 'public' },
  );

export function routeGuardOf(handler: unknown): RouteGuard | undefined {
  return (handler as { [ROUTE_GUARD]?: RouteGuard } | undefined)?.[ROUTE_GUARD];
}
