import type { Context } from 'hono';
import type { Role } from '../../shared/access.ts';
import type { Lang } from '../../shared/labels.ts';
import type { Db, Engine } from '../db/client.ts';
import type { Env } from '../env.ts';
import { AppError } from '../lib/app-error.ts';
import type { Logger } from '../lib/logger.ts';

/**
 * The units an actor may see: the subtree under each path prefix. The first
 * prefix is the actor's own scope root; the rest are dissolved predecessors
 * (and their subtrees) whose records passed to a unit of the actor's subtree.
 */
export interface Scope {
  rootUnitId: string;
  prefixes: string[];
}

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  /** The person record behind the account (the "responsible person" of tasks), if linked. */
  personId: string | null;
  role: Role;
  unitId: string;
  scope: Scope;
  language: Lang;
}

export interface Deps {
  db: Db;
  engine: Engine;
  env: Env;
  log: Logger;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
}

export type AppEnv = {
  Variables: {
    deps: Deps;
    actor: Actor | undefined;
    sessionId: string | undefined;
    lang: Lang;
    requestId: string;
  };
};

/** What every service function receives. */
export interface ServiceContext {
  db: Db;
  actor: Actor;
  now: Date;
  log: Logger;
  requestId: string;
}

export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) {
    throw new AppError('UNAUTHENTICATED', { vi: 'Bạn cần đăng nhập.', en: 'Please sign in.' });
  }
  return actor;
}

/** The service context of a signed-in request. */
export function serviceContext(c: Context<AppEnv>): ServiceContext {
  const deps = c.get('deps');
  return { db: deps.db, actor: requireActor(c), now: deps.now(), log: deps.log, requestId: c.get('requestId') };
}
