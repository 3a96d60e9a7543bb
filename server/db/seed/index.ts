/**
 * Demo data: a Vietnamese unit tree (Tây Ninh before and after the 2025
 * merger with Long An), fictional people and positions, emulation groups and
 * one account per role. The data is described in demo-data.ts and written by
 * demo.ts; this module is the entry point the server and the CLI use.
 */
import { sql } from 'drizzle-orm';
import { ROLE_LABELS } from '../../../shared/labels.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../client.ts';
import { DEMO_ACCOUNT_SPECS } from './demo-data.ts';
import { type SeedDemoResult, writeDemo } from './demo.ts';

export { findDemoUnitId, type SeedDemoResult } from './demo.ts';

export const DEMO_PASSWORD = 'DanVan@2026';
export interface DemoAccount {
  username: string;
  role: string;
  roleLabel: string;
  unitLabel: string;
}
export const DEMO_ACCOUNTS: DemoAccount[] = DEMO_ACCOUNT_SPECS.map((a) => ({
  username: a.username,
  role: a.role,
  roleLabel: ROLE_LABELS[a.role].vi,
  unitLabel: a.unit,
}));

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from units`);
  return (rows[0]?.n ?? 0) === 0;
}

export async function hasDemoData(db: Db): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from users where username = 'admin'`);
  return (rows[0]?.n ?? 0) > 0;
}

/**
 * Load the demo data into an empty database, in one transaction. Deterministic:
 * the same names every run (ids are fresh UUIDs). Returns unit ids by name.
 */
export async function seedDemo(db: Db, opts: { onProgress?: (msg: string) => void } = {}): Promise<SeedDemoResult> {
  return writeDemo(db, { password: DEMO_PASSWORD, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
}
