import { type AnyColumn, or, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../http/context.ts';
import { escapeLike } from '../lib/vi-text.ts';
import { units } from '../modules/units/units.table.ts';

/**
 * Scope predicates that every repository uses. A scope is a list of unit-path
 * prefixes; a unit is visible when its path starts with one of them.
 */
export function pathInScope(scope: Scope, path: AnyColumn = units.path): SQL {
  if (scope.prefixes.length === 0) return sql`false`;
  return or(...scope.prefixes.map((p) => sql`${path} like ${`${escapeLike(p)}%`}`)) as SQL;
}

/** `column` holds a unit id; true when that unit is in scope. */
export function unitIdInScope(column: AnyColumn, scope: Scope): SQL {
  if (scope.prefixes.length === 0) return sql`false`;
  return sql`${column} in (select ${units.id} from ${units} where ${pathInScope(scope)})`;
}

/** In-memory twin of `pathInScope`, for rows already loaded. */
export const pathVisible = (scope: Scope, path: string): boolean => scope.prefixes.some((p) => path.startsWith(p));
