/**
 * The bench data generator: a seed and a scale give the same rows every time
 * (see plan.ts), written with COPY into a migrated, empty database — the
 * project's PostgreSQL or embedded PGlite.
 *
 *   const result = await generate({ seed: 42, scale: 'province', url: 'postgres://127.0.0.1:5432/danvan_bench_province' });
 */
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { type Database, openDatabase, queryRows } from '../../server/db/client.ts';
import { CopyLoader, type CopyConnection, pgConnection, pgliteConnection } from './copy.ts';
import { PROVINCES } from './names.ts';
import { COLUMNS, DEPENDS_ON, type Emit, type TableName, communeCount, emitCentral, emitProvince } from './plan.ts';

export { BENCH_AS_OF, BENCH_NOW, BENCH_PASSWORD, BENCH_YEARS } from './plan.ts';
export { benchFixtures, type BenchFixtures } from './fixtures.ts';
export { checkGenerated } from './check.ts';

export const SCALE_NAMES = ['tiny', 'province', 'five', 'country'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

/** tiny: a smoke-test set (4 communes); province 1×, five 5×, country 34× (3,321 communes). */
export const SCALES: Record<ScaleName, { provinces: number; maxCommunes?: number; factor: number }> = {
  tiny: { provinces: 1, maxCommunes: 4, factor: 0 },
  province: { provinces: 1, factor: 1 },
  five: { provinces: 5, factor: 5 },
  country: { provinces: PROVINCES.length, factor: 34 },
};

export const isScaleName = (s: string): s is ScaleName => (SCALE_NAMES as readonly string[]).includes(s);

export interface GenerateOptions {
  seed: number;
  scale: ScaleName;
  /** An open database (migrated here); or give `url` (PostgreSQL) or `dataDir` (PGlite) and it is opened and closed here. */
  database?: Database;
  url?: string;
  dataDir?: string;
  onProgress?: (message: string) => void;
}

export interface TableFigures {
  rows: number;
  megabytes: number;
  /** Seconds the database spent in this table's COPY statements. */
  seconds: number;
  rowsPerSecond: number;
}

export interface GenerateResult {
  seed: number;
  scale: ScaleName;
  engine: Database['engine'];
  provinces: number;
  communes: number;
  rows: number;
  seconds: number;
  /** Seconds of the final VACUUM/ANALYZE, included in `seconds`. */
  analyzeSeconds: number;
  tables: Partial<Record<TableName, TableFigures>>;
}

/** The table order of a report: foreign-key order. */
export const TABLE_ORDER = Object.keys(COLUMNS) as TableName[];

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const { seed, scale } = options;
  const spec = SCALES[scale];
  const progress = options.onProgress ?? (() => {});
  const database = options.database ?? (await openDatabase({ url: options.url, dataDir: options.dataDir, poolSize: 2 }));
  const started = performance.now();
  try {
    await database.migrate();
    await checkSchema(database);
    const conn = await rawConnection(database);
    const loader = new CopyLoader(conn, database.engine === 'postgres', DEPENDS_ON);
    const emit: Emit = (table, values) => loader.add(table, COLUMNS[table as TableName], values);
    try {
      if (database.engine === 'postgres') {
        // Session settings only: a crash loses at most the last province, which a rerun redoes from scratch anyway.
        await conn.exec('SET synchronous_commit = off');
      }
      const inTransaction = async (label: string, body: () => Promise<void>) => {
        const t0 = performance.now();
        const before = totalRows(loader);
        await conn.exec('BEGIN');
        try {
          await body();
          await loader.flushAll();
          await conn.exec('COMMIT');
        } catch (e) {
          await conn.exec('ROLLBACK').catch(() => {});
          throw e;
        }
        const rows = totalRows(loader) - before;
        const s = (performance.now() - t0) / 1000;
        progress(`${label}: ${rows.toLocaleString('en')} rows in ${s.toFixed(1)} s (${Math.round(rows / s).toLocaleString('en')} rows/s)`);
      };
      let central: Awaited<ReturnType<typeof emitCentral>> | undefined;
      await inTransaction('central level', async () => {
        central = await emitCentral(seed, emit);
      });
      if (!central) throw new Error('central level not written');
      let communes = 0;
      for (let p = 0; p < spec.provinces; p++) {
        communes += communeCount(p, spec);
        const c = central;
        await inTransaction(`province ${p + 1}/${spec.provinces} ${PROVINCES[p]?.[0]} (${communeCount(p, spec)} communes)`, () => emitProvince(seed, p, c, emit, spec));
      }
      const a0 = performance.now();
      await conn.exec(database.engine === 'postgres' ? 'VACUUM (ANALYZE)' : 'ANALYZE');
      const analyzeSeconds = (performance.now() - a0) / 1000;
      progress(`${database.engine === 'postgres' ? 'VACUUM (ANALYZE)' : 'ANALYZE'}: ${analyzeSeconds.toFixed(1)} s`);
      const tables: GenerateResult['tables'] = {};
      for (const t of TABLE_ORDER) {
        const s = loader.stats.get(t);
        if (!s) continue;
        tables[t] = { rows: s.rows, megabytes: s.bytes / 1048576, seconds: s.ms / 1000, rowsPerSecond: s.ms > 0 ? Math.round(s.rows / (s.ms / 1000)) : 0 };
      }
      return {
        seed,
        scale,
        engine: database.engine,
        provinces: spec.provinces,
        communes,
        rows: totalRows(loader),
        seconds: (performance.now() - started) / 1000,
        analyzeSeconds,
        tables,
      };
    } finally {
      await conn.release();
    }
  } finally {
    if (!options.database) await database.close();
  }
}

const totalRows = (loader: CopyLoader) => [...loader.stats.values()].reduce((s, t) => s + t.rows, 0);

async function rawConnection(database: Database): Promise<CopyConnection> {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.engine === 'postgres') {
    const pool = client as pg.Pool;
    const conn = await pool.connect();
    return pgConnection(conn, async () => conn.release());
  }
  return pgliteConnection(client as PGlite);
}

/**
 * Fail early and clearly when the database is not empty or the schema moved
 * away from what the generator writes (a column renamed, a new NOT NULL
 * column without a default).
 */
async function checkSchema(database: Database): Promise<void> {
  const [units] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from units`);
  if ((units?.n ?? 0) > 0) throw new Error('The database already holds units: generate into an empty database (the CLI drops and recreates danvan_bench_* databases with --reset).');
  const columns = await queryRows<{ table_name: string; column_name: string; is_nullable: string; column_default: string | null; is_identity: string }>(
    database.db,
    sql`select table_name, column_name, is_nullable, column_default, is_identity from information_schema.columns where table_schema = 'public'`,
  );
  const problems: string[] = [];
  for (const [table, cols] of Object.entries(COLUMNS)) {
    const actual = columns.filter((c) => c.table_name === table);
    if (actual.length === 0) problems.push(`table ${table} is missing`);
    for (const col of cols) if (!actual.some((c) => c.column_name === col)) problems.push(`${table}.${col} is missing`);
    for (const c of actual)
      if (c.is_nullable === 'NO' && c.column_default === null && c.is_identity !== 'YES' && !(cols as readonly string[]).includes(c.column_name))
        problems.push(`${table}.${c.column_name} is NOT NULL without a default and the generator does not write it`);
  }
  if (problems.length) throw new Error(`The schema changed; update bench/generate/plan.ts:\n  ${problems.join('\n  ')}`);
}
