/**
 * Dashboard and query benchmarks against generated data sets.
 *
 *   npm run bench:queries                                   # province scale, PostgreSQL danvan_bench_province
 *   npm run bench:queries -- --scale province,five,country  # growth with the data
 *   npm run bench:queries -- --scale country --runs 30 --out bench/results/queries.json
 *   npm run bench:queries -- --scale province --engine pglite
 *   npm run bench:queries -- --scale province --generate    # generate the data set first if it is missing
 *   npm run bench:queries -- --scale country --explain 3    # EXPLAIN (ANALYZE, BUFFERS) of the 3 heaviest into bench/explain/
 *
 * Figures only: nothing here asserts a time.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readArgs } from '../server/cli/open.ts';
import { generate, isScaleName, type ScaleName } from './generate/index.ts';
import { benchDataDir, benchDatabaseUrl, createBenchDatabase, databaseExists, withDefaultUser } from './lib/databases.ts';
import { checkQueryTargets, printGeneration, printGrowth, printQueryFigures, printTargets } from './lib/report.ts';
import { type QueryBenchResult, runQueryBenches } from './queries/run.ts';

const args = readArgs(process.argv.slice(2));
const scales = (args.scale ?? 'province').split(',').filter(Boolean);
for (const s of scales) if (!isScaleName(s)) throw new Error(`unknown scale "${s}": tiny, province, five or country`);
const seed = Number(args.seed ?? 42);
const engine = args['data-dir'] ? 'pglite' : (args.engine ?? 'postgres');
if (args['database-url'] && scales.length > 1) throw new Error('--database-url names one database: give one --scale with it');

const results: QueryBenchResult[] = [];
for (const scale of scales as ScaleName[]) {
  const target = engine === 'pglite' ? { dataDir: args['data-dir'] ?? benchDataDir(scale, seed) } : { url: withDefaultUser(args['database-url'] ?? benchDatabaseUrl(scale, seed)) };
  if (args.generate && (target.url ? !(await databaseExists(target.url)) : !existsSync(target.dataDir ?? ''))) {
    if (target.url) await createBenchDatabase(target.url, false);
    console.log(`Generating ${scale} (seed ${seed}) into ${target.url ?? target.dataDir}`);
    printGeneration(await generate({ seed, scale, ...target, onProgress: (m) => console.log(`  ${m}`) }));
  }
  console.log(`\n${scale}: ${target.url ?? target.dataDir}`);
  const r = await runQueryBenches({
    scale,
    seed,
    ...target,
    runs: args.runs ? Number(args.runs) : undefined,
    warmup: args.warmup ? Number(args.warmup) : undefined,
    only: args.only?.split(','),
    explain: args.explain ? Number(args.explain === 'true' ? 3 : args.explain) : undefined,
  });
  if (Object.keys(r.explains).length) {
    const dir = args['explain-dir'] ?? path.join('bench', 'explain');
    mkdirSync(dir, { recursive: true });
    for (const [key, text] of Object.entries(r.explains)) {
      const file = path.join(dir, `${scale}-${key}.txt`);
      writeFileSync(file, `${text}\n`);
      console.log(`  wrote ${file}`);
    }
  }
  results.push(r);
}
for (const r of results) printQueryFigures(r);
printGrowth(results);
const targets = checkQueryTargets(results);
printTargets(targets);
if (args.out) {
  mkdirSync(path.dirname(args.out), { recursive: true });
  // Plans go to bench/explain/*.txt; the figures file keeps only which ones were explained.
  const lean = results.map(({ explains, ...r }) => ({ ...r, explained: Object.keys(explains) }));
  writeFileSync(args.out, `${JSON.stringify({ kind: 'queries', results: lean, targets }, null, 2)}\n`);
  console.log(`\nWrote ${args.out}`);
}
if (results.some((r) => r.figures.some((f) => !f.match))) {
  console.error('\nSome answers differ between our code and the hand-written SQL (see MISMATCH above).');
  process.exitCode = 1;
}
