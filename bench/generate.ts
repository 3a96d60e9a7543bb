/**
 * Generate a bench data set.
 *
 *   npm run bench:generate -- --scale province            # PostgreSQL danvan_bench_province
 *   npm run bench:generate -- --scale country --reset     # drop and recreate danvan_bench_country first
 *   npm run bench:generate -- --scale province --engine pglite [--data-dir data/bench/pglite-province]
 *   npm run bench:generate -- --scale five --database-url postgres://127.0.0.1:5432/danvan_bench_five --seed 7
 */
import { readArgs } from '../server/cli/open.ts';
import { openDatabase } from '../server/db/client.ts';
import { checkGenerated, generate, isScaleName } from './generate/index.ts';
import { benchDataDir, benchDatabaseUrl, createBenchDatabase, resetDataDir, withDefaultUser } from './lib/databases.ts';
import { printGeneration } from './lib/report.ts';

const args = readArgs(process.argv.slice(2));
if (args.help) {
  console.log('tsx bench/generate.ts --scale tiny|province|five|country [--seed 42] [--engine postgres|pglite] [--database-url URL | --data-dir DIR] [--reset] [--check] [--check-only] [--json]');
  process.exit(0);
}
const scale = args.scale ?? 'province';
if (!isScaleName(scale)) throw new Error(`unknown scale "${scale}": tiny, province, five or country`);
const seed = Number(args.seed ?? 42);
if (!Number.isInteger(seed)) throw new Error('--seed takes an integer');
const engine = args['data-dir'] ? 'pglite' : (args.engine ?? 'postgres');

let target: { url?: string; dataDir?: string };
if (engine === 'pglite') {
  const dataDir = args['data-dir'] ?? benchDataDir(scale, seed);
  if (args.reset) resetDataDir(dataDir);
  target = { dataDir };
} else {
  const url = withDefaultUser(args['database-url'] ?? benchDatabaseUrl(scale, seed));
  if (!args['check-only']) await createBenchDatabase(url, args.reset === 'true');
  target = { url };
}

if (!args['check-only']) {
  console.log(`Generating scale=${scale} seed=${seed} into ${target.url ?? target.dataDir}`);
  const result = await generate({ seed, scale, ...target, onProgress: (m) => console.log(`  ${m}`) });
  printGeneration(result);
  if (args.json) console.log(JSON.stringify(result));
}
if (args.check || args['check-only']) {
  const database = await openDatabase(target);
  const t0 = performance.now();
  const problems = await checkGenerated(database.db);
  await database.close();
  console.log(problems.length ? `\nCheck FAILED:\n  ${problems.join('\n  ')}` : `\nCheck passed (${((performance.now() - t0) / 1000).toFixed(1)} s): paths, roll-ups, dates, folded text, password.`);
  if (problems.length) process.exitCode = 1;
}
