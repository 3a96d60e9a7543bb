/**
 * Bench databases: `danvan_bench_*` on the PostgreSQL server, created and
 * dropped here and nowhere else (other databases are never touched), or a
 * PGlite folder under data/bench/.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const DEFAULT_SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A URL without a user name connects as `postgres` (trust auth on this machine) unless PGUSER or USER says otherwise. */
export function withDefaultUser(url: string): string {
  const u = new URL(url);
  if (!u.username) u.username = process.env.PGUSER || process.env.USER || 'postgres';
  return u.toString();
}

export const benchDatabaseUrl = (scale: string, seed: number, server = DEFAULT_SERVER): string => {
  const url = new URL(withDefaultUser(server));
  url.pathname = `/danvan_bench_${scale}${seed === 42 ? '' : `_s${seed}`}`;
  return url.toString();
};

export const benchDataDir = (scale: string, seed: number): string => path.join('data', 'bench', `pglite-${scale}${seed === 42 ? '' : `-s${seed}`}`);

function nameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^danvan_bench_[a-z0-9_]+$/u.test(name)) throw new Error(`refusing to create or drop "${name}": bench databases are named danvan_bench_*`);
  return name;
}

async function withServer<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new URL(withDefaultUser(url));
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(url: string): Promise<boolean> {
  const name = nameOf(url);
  return withServer(url, async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
}

/** Create the bench database; with `reset`, drop it first (sessions on it are ended). */
export async function createBenchDatabase(url: string, reset: boolean): Promise<void> {
  const name = nameOf(url);
  await withServer(url, async (c) => {
    if (reset) await c.query(`drop database if exists "${name}" with (force)`);
    const exists = (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
    if (!exists) await c.query(`create database "${name}"`);
  });
}

export async function dropBenchDatabase(url: string): Promise<void> {
  const name = nameOf(url);
  await withServer(url, (c) => c.query(`drop database if exists "${name}" with (force)`).then(() => undefined));
}

export function resetDataDir(dir: string): void {
  if (!path.resolve(dir).includes(`${path.sep}bench${path.sep}`) && !path.basename(dir).startsWith('pglite-')) throw new Error(`refusing to delete ${dir}: not a bench folder`);
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
