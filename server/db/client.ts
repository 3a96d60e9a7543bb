import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** One Drizzle type for both engines; a transaction is assignable to it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));
/** The project's root (server/db/ in the sources, dist/server/ in the build: both two levels down). */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface OpenDbOptions {
  /** PostgreSQL connection string; without it, embedded PGlite. */
  url?: string | undefined;
  /** PGlite data folder; without it, in memory. */
  dataDir?: string | undefined;
  migrationsFolder?: string;
  poolSize?: number;
}

export async function openDatabase(options: OpenDbOptions): Promise<Database> {
  const migrationsFolder = options.migrationsFolder ?? MIGRATIONS_FOLDER;
  if (options.url) {
    // jit off: the planner's JIT compilation added 0.1–1.3 s to the country-wide dashboard and searches
    // and never paid back on our short statements (bench/README.md).
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, options: '-c jit=off' });
    // An idle connection the server drops (restart, failover, a dropped test database) must not crash
    // the process: the pool discards it and the next query opens a new one.
    pool.on('error', (err) => console.error(`PostgreSQL: kết nối rỗi bị đóng (idle connection closed): ${err.message}`));
    // DATE columns stay ISO strings; never shift them through a JS Date.
    pool.on('connect', (client) => {
      client.setTypeParser(1082, (v: string) => v);
    });
    const db = drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      engine: 'postgres',
      migrate: () => migratePg(db as never, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    initialiseInChild(options.dataDir);
  }
  // pg_trgm: trigram indexes behind the diacritic-insensitive searches (ADR 013), as on PostgreSQL.
  const client = new PGlite({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), extensions: { pg_trgm } });
  await client.waitReady;
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => client.close(),
  };
}

/**
 * A new PGlite folder is initialised (initdb) by a short-lived child process:
 * the memory initdb takes stays with that process instead of the server for
 * its whole life (cold start RSS 547 → ~400 MB; bench/README.md). Existing
 * folders and in-memory databases (tests) are opened directly.
 */
function initialiseInChild(dataDir: string): void {
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  const script = `import { PGlite } from '@electric-sql/pglite'; const db = new PGlite(${JSON.stringify(dataDir)}); await db.waitReady; await db.close();`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'], cwd: PROJECT_ROOT });
  // On failure the server initialises the folder itself, as before.
  if (r.status !== 0) console.error(`PGlite: khởi tạo thư mục dữ liệu trong tiến trình con không được (${String(r.stderr).trim().slice(0, 200)}); khởi tạo trực tiếp.`);
}

/** Rows of a raw `db.execute`, whichever engine answered. */
export async function queryRows<T>(db: Db, query: Parameters<Db['execute']>[0]): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
