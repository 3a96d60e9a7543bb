import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, queryRows } from '../../server/db/client.ts';
import { runQueryBenches } from '../queries/run.ts';
import { checkGenerated } from './check.ts';
import { benchFixtures, generate, TABLE_ORDER } from './index.ts';

// A smoke test of the generator and the query benches on the tiny scale in
// embedded PGlite: the data is sound and deterministic, and our services give
// the same answers as the hand-written SQL. Figures are never asserted.

async function tableDigests(database: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of TABLE_ORDER) {
    const [r] = await queryRows<{ d: string }>(database.db, sql`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as d from ${sql.identifier(t)} x`);
    out[t] = r?.d ?? '';
  }
  return out;
}

describe('bench data generator', () => {
  const open: Database[] = [];
  afterAll(async () => {
    for (const d of open) await d.close();
  });

  it('writes the same rows for the same seed, consistent with the server rules, and our queries agree with hand SQL', async () => {
    const a = await openDatabase({});
    const b = await openDatabase({});
    open.push(a, b);
    const ra = await generate({ seed: 7, scale: 'tiny', database: a });
    await generate({ seed: 7, scale: 'tiny', database: b });
    expect(ra.tables.tasks?.rows).toBeGreaterThan(1000);
    expect(await tableDigests(a)).toEqual(await tableDigests(b));
    expect(await checkGenerated(a.db)).toEqual([]);

    const fx = benchFixtures(7);
    const [unit] = await queryRows<{ name: string }>(a.db, sql`select name from units where id = ${fx.commune(0, 0).committeeId}`);
    expect(unit?.name).toMatch(/^Đảng ủy (xã|phường) /u);

    const result = await runQueryBenches({ scale: 'tiny', seed: 7, database: a, runs: 1, warmup: 0, log: () => {} });
    expect(result.figures.filter((f) => !f.match).map((f) => `${f.key}: ${f.mismatch}`)).toEqual([]);
    expect(result.figures.length).toBeGreaterThan(10);
  }, 120_000);

  it('refuses a database that already holds data', async () => {
    const d = open[0];
    if (!d) throw new Error('no database');
    await expect(generate({ seed: 7, scale: 'tiny', database: d })).rejects.toThrow(/already holds units/u);
  });
});
