/**
 * EXPLAIN (ANALYZE, BUFFERS) of what a bench really sends: the statements of
 * one call are captured at the connection pool (so the SQL is exactly the
 * repository's, with its parameters), the slowest is explained.
 */
import type pg from 'pg';
import type { Database } from '../../server/db/client.ts';

interface Captured {
  text: string;
  values: unknown[];
  ms: number;
}

type Query = (config: unknown, values?: unknown) => Promise<pg.QueryResult>;

/** Run `call` once, recording each statement it sends and how long it took. */
export async function captureStatements(database: Database, call: () => Promise<unknown>): Promise<Captured[]> {
  if (database.engine !== 'postgres') throw new Error('EXPLAIN capture needs PostgreSQL');
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  const original = pool.query.bind(pool) as unknown as Query;
  const captured: Captured[] = [];
  const patched: Query = (config, values) => {
    const c = config as string | { text: string; values?: unknown[] };
    const text = typeof c === 'string' ? c : c.text;
    const params = (values as unknown[] | undefined) ?? (typeof c === 'string' ? [] : (c.values ?? []));
    const t0 = performance.now();
    const p = original(config, values);
    void p.then(
      () => captured.push({ text, values: params, ms: performance.now() - t0 }),
      () => {},
    );
    return p;
  };
  (pool as unknown as { query: Query }).query = patched;
  try {
    await call();
  } finally {
    (pool as unknown as { query: Query }).query = original;
  }
  return captured;
}

/** The plan of one statement, with its parameters, as PostgreSQL prints it. */
export async function explainStatement(database: Database, text: string, values: unknown[]): Promise<string> {
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  const res = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
  return res.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
}

const oneLine = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** A report: our slowest statement of one call and the hand-written statement, each explained. */
export async function explainBench(database: Database, title: string, ours: () => Promise<unknown>, hand: () => Promise<unknown>): Promise<string> {
  const o = await captureStatements(database, ours);
  const h = await captureStatements(database, hand);
  const slowest = [...o].sort((a, b) => b.ms - a.ms)[0];
  const handStmt = [...h].sort((a, b) => b.ms - a.ms)[0];
  const lines = [`# ${title}`, `# ours: ${o.length} statements in one call (${o.map((s) => s.ms.toFixed(1)).join(' + ')} ms); the slowest:`, ''];
  if (slowest) lines.push(`-- ${oneLine(slowest.text)}`, `-- params: ${JSON.stringify(slowest.values)}`, await explainStatement(database, slowest.text, slowest.values), '');
  if (handStmt) lines.push('# hand-written SQL for the same answer:', '', `-- ${oneLine(handStmt.text)}`, `-- params: ${JSON.stringify(handStmt.values)}`, await explainStatement(database, handStmt.text, handStmt.values), '');
  return lines.join('\n');
}
