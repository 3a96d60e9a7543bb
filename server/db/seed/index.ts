// Placeholder — being written (demo data). See demo.ts.
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { queryRows } from '../client.ts';

export const DEMO_PASSWORD = 'DanVan@2026';
export interface DemoAccount {
  username: string;
  role: string;
  roleLabel: string;
  unitLabel: string;
}
export const DEMO_ACCOUNTS: DemoAccount[] = [];

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from units`);
  return (rows[0]?.n ?? 0) === 0;
}

export async function hasDemoData(db: Db): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from users where username = 'admin'`);
  return (rows[0]?.n ?? 0) > 0;
}

export async function seedDemo(_db: Db, _opts: { onProgress?: (msg: string) => void } = {}): Promise<void> {}
