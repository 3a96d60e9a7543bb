/**
 * Every benchmark of issue 6, one table.
 *
 *   npm run bench                          # province data in PostgreSQL (danvan_bench_province), < 10 min
 *   npm run bench -- --scale country       # the full set on country data (danvan_bench_country)
 *   npm run bench -- --scale tiny --smoke  # CI: do the benchmarks still work? (a minute or two; writes no results)
 *
 * Options: --seed N (42), --regenerate (drop and generate the data set again),
 * --check (run the generator's consistency check on the data set),
 * --skip generation,queries,load,startup,extraction, --out FILE.
 *
 * The data set is generated when its database is missing; an existing one is
 * used when it holds the scale's provinces and communes of this seed (ids are
 * a function of the seed) — a partial one stops the run with the command that
 * redoes it. Results go to bench/results/<YYYY-MM-DD>.json, one entry per
 * scale (a later run of the same scale that day replaces it); --smoke writes
 * none unless --out says where. Figures only: no timing is ever asserted.
 */
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { readArgs } from '../server/cli/open.ts';
import { openDatabase, queryRows } from '../server/db/client.ts';
import { runExtractionBench, type ExtractionBenchResult } from './extraction/run.ts';
import { benchFixtures, checkGenerated, generate, type GenerateResult, isScaleName, SCALES, type ScaleName } from './generate/index.ts';
import { communeCount } from './generate/plan.ts';
import { benchDatabaseUrl, createBenchDatabase, databaseExists, withDefaultUser } from './lib/databases.ts';
import { checkQueryTargets, type TargetCheck } from './lib/report.ts';
import { ms, times } from './lib/stats.ts';
import { type LoadBenchResult, loadRows, runLoadBench } from './load/run.ts';
import { type QueryBenchResult, runQueryBenches } from './queries/run.ts';
import { runStartupBench, type StartupBenchResult, startupRows } from './startup/run.ts';

const SECTIONS = ['generation', 'queries', 'load', 'startup', 'extraction'] as const;
type Section = (typeof SECTIONS)[number];

const args = readArgs(process.argv.slice(2));
if (args.help) {
  console.log('npm run bench [-- --scale tiny|province|five|country] [--seed 42] [--smoke] [--regenerate] [--check] [--skip load,startup] [--out FILE]');
  process.exit(0);
}
const scale = args.scale ?? 'province';
if (!isScaleName(scale)) throw new Error(`unknown scale "${scale}": tiny, province, five or country`);
const seed = Number(args.seed ?? 42);
if (!Number.isInteger(seed)) throw new Error('--seed takes an integer');
const smoke = args.smoke === 'true';
const skip = new Set((args.skip ?? '').split(',').filter(Boolean));
for (const s of skip) if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--skip: unknown section "${s}" (${SECTIONS.join(', ')})`);
const wanted = (s: Section) => !skip.has(s);
const url = withDefaultUser(args['database-url'] ?? benchDatabaseUrl(scale, seed));

const started = new Date();
const t0 = performance.now();
const section = (title: string) => console.log(`\n=== ${title} (${((performance.now() - t0) / 1000).toFixed(0)} s) ===`);

interface DataSetState {
  exists: boolean;
  complete: boolean;
  problem?: string;
  counts?: { units: number; tasks: number; documents: number; users: number };
  analysed?: boolean;
}

/** Whether the database holds this scale's data set of this seed, whole: every province and commune, the last one's ids. */
async function dataSetState(): Promise<DataSetState> {
  if (!(await databaseExists(url))) return { exists: false, complete: false };
  const spec = SCALES[scale as ScaleName];
  const communes = Array.from({ length: spec.provinces }, (_, p) => communeCount(p, spec)).reduce((a, b) => a + b, 0);
  const lastProvince = spec.provinces - 1;
  const last = benchFixtures(seed).commune(lastProvince, communeCount(lastProvince, spec) - 1).committeeId;
  const first = benchFixtures(seed).province(0).committeeId;
  const database = await openDatabase({ url, poolSize: 1 });
  try {
    const [r] = await queryRows<{ provinces: number; communes: number; fixtures: number; units: number; tasks: number; documents: number; users: number; analysed: boolean }>(
      database.db,
      sql`select
            (select count(*)::int from units where level = 'province' and kind = 'party_committee') as provinces,
            (select count(*)::int from units where level = 'commune' and kind = 'party_committee') as communes,
            (select count(*)::int from units where id in (${first}, ${last})) as fixtures,
            (select count(*)::int from units) as units, (select count(*)::int from tasks) as tasks,
            (select count(*)::int from documents) as documents, (select count(*)::int from users) as users,
            coalesce((select last_analyze is not null or last_autoanalyze is not null from pg_stat_user_tables where relname = 'tasks'), false) as analysed`,
    );
    if (!r) return { exists: true, complete: false, problem: 'no answer' };
    const counts = { units: r.units, tasks: r.tasks, documents: r.documents, users: r.users };
    if (r.units === 0) return { exists: true, complete: false, counts, problem: 'it is empty' };
    if (r.fixtures !== 2 || r.provinces !== spec.provinces || r.communes !== communes)
      return {
        exists: true,
        complete: false,
        counts,
        problem: `it holds ${r.provinces} provinces and ${r.communes} communes (${scale} has ${spec.provinces} and ${communes})${r.fixtures !== 2 ? `, not all of seed ${seed}` : ''}`,
      };
    return { exists: true, complete: true, counts, analysed: r.analysed };
  } finally {
    await database.close();
  }
}

// ---------------------------------------------------------------------------

const result: {
  scale: ScaleName;
  seed: number;
  smoke: boolean;
  startedAt: string;
  seconds?: number;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres?: string };
  generation?: { reused: boolean; state: DataSetState; generated?: GenerateResult; checkProblems?: string[]; migrated?: { count: number; seconds: number } };
  queries?: QueryBenchResult;
  load?: LoadBenchResult;
  startup?: StartupBenchResult;
  extraction?: ExtractionBenchResult;
  targets: TargetCheck[];
  table?: string[];
  failures: string[];
} = {
  scale,
  seed,
  smoke,
  startedAt: started.toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGb: Math.round(totalmem() / 1073741824), node: process.version },
  targets: [],
  failures: [],
};

/** A section that fails is reported, and the others still run; the exit code tells. */
async function attempt(name: Section, body: () => Promise<void>): Promise<void> {
  if (!wanted(name)) return;
  section(name);
  try {
    await body();
  } catch (e) {
    const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
    console.error(`${name} FAILED: ${msg}`);
    result.failures.push(`${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}

const needsData = wanted('generation') || wanted('queries') || wanted('load');
if (needsData) {
  // The data set first: without it, queries and load cannot run.
  section(`data set: ${scale}, seed ${seed}, ${new URL(url).pathname.slice(1)}`);
  let state = await dataSetState();
  let generated: GenerateResult | undefined;
  if (state.exists && !state.complete && !args.regenerate) {
    console.error(`The database ${url} exists but is not a whole ${scale} data set of seed ${seed}: ${state.problem}.\nRedo it with: npm run bench:generate -- --scale ${scale}${seed === 42 ? '' : ` --seed ${seed}`} --reset`);
    process.exit(1);
  }
  if (!state.exists || args.regenerate) {
    await createBenchDatabase(url, args.regenerate === 'true');
    console.log(`Generating ${scale} (seed ${seed}) into ${url}`);
    generated = await generate({ seed, scale, url, onProgress: (m) => console.log(`  ${m}`) });
    state = await dataSetState();
    if (!state.complete) throw new Error(`generated, but: ${state.problem}`);
  } else {
    console.log(`Using the existing data set: ${state.counts?.units.toLocaleString('en')} units, ${state.counts?.tasks.toLocaleString('en')} tasks, ${state.counts?.documents.toLocaleString('en')} documents, ${state.counts?.users.toLocaleString('en')} users${state.analysed ? '' : ' (never analysed!)'}`);
  }
  result.generation = { reused: !generated, state, ...(generated ? { generated } : {}) };
  if (args.check) {
    const database = await openDatabase({ url, poolSize: 2 });
    try {
      const c0 = performance.now();
      const problems = await checkGenerated(database.db);
      result.generation.checkProblems = problems;
      console.log(problems.length ? `Check FAILED:\n  ${problems.join('\n  ')}` : `Check passed (${((performance.now() - c0) / 1000).toFixed(1)} s)`);
      if (problems.length) result.failures.push(`generation: the consistency check found ${problems.length} problems`);
    } finally {
      await database.close();
    }
  }
  // The benches measure the code as it is: its migrations first (the server would apply them at its start anyway).
  const database = await openDatabase({ url, poolSize: 1 });
  try {
    const applied = async () =>
      (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`).catch(() => [{ n: 0 }]))[0]?.n ?? 0;
    const before = await applied();
    const m0 = performance.now();
    await database.migrate();
    const after = await applied();
    if (after !== before) {
      console.log(`Applied ${after - before} new migrations in ${((performance.now() - m0) / 1000).toFixed(1)} s`);
      result.generation.migrated = { count: after - before, seconds: (performance.now() - m0) / 1000 };
    }
    const [v] = await queryRows<{ v: string }>(database.db, sql`select current_setting('server_version') as v`);
    if (v) result.machine.postgres = v.v;
  } finally {
    await database.close();
  }
}

await attempt('queries', async () => {
  result.queries = await runQueryBenches({ scale, seed, url, ...(smoke ? { runs: 2, warmup: 0 } : scale === 'country' ? { runs: 15 } : {}) });
  const mismatches = result.queries.figures.filter((f) => !f.match);
  if (mismatches.length) result.failures.push(`queries: ${mismatches.length} answers differ from the hand-written SQL (${mismatches.map((f) => f.key).join(', ')})`);
});

await attempt('load', async () => {
  result.load = await runLoadBench({ scale, seed, url, smoke, ...(scale === 'country' && !smoke ? { seconds: 10, mixedConnections: [4, 8, 16, 32] } : {}) });
  const refused = result.load.phases.flatMap((p) => Object.entries(p.total.errors).filter(([status]) => status !== '409'));
  if (refused.length) result.failures.push(`load: non-2xx answers ${refused.map(([s, n]) => `${n}×${s}`).join(', ')}`);
});

await attempt('startup', async () => {
  result.startup = await runStartupBench();
});

await attempt('extraction', async () => {
  result.extraction = runExtractionBench({ minMs: smoke ? 300 : 2000 });
});

// ---------------------------------------------------------------------------
// The one table

/** Columns sized by the rows (section headings span them); the figures right-aligned, the names and notes left. */
function formatTable(header: readonly string[], all: readonly Row[]): string[] {
  const cells = all.filter((r): r is string[] => Array.isArray(r));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const figure = (i: number) => i > 0 && i < header.length - 1;
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (figure(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const width = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0) + 10;
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of all) out.push(Array.isArray(r) ? line(r) : `── ${r.heading} ${'─'.repeat(Math.max(2, width - r.heading.length - 4))}`);
  return out;
}

type Row = string[] | { heading: string };
const rows: Row[] = [];
const head = (heading: string) => rows.push({ heading });
const g = result.generation;
if (g) {
  head(`GENERATION — ${scale}, seed ${seed}`);
  const c = g.state.counts;
  const sizes = c ? `${c.units.toLocaleString('en')} units, ${c.users.toLocaleString('en')} users, ${c.tasks.toLocaleString('en')} tasks, ${c.documents.toLocaleString('en')} documents` : '';
  if (g.generated) {
    const r = g.generated;
    rows.push([`generated into PostgreSQL (COPY)`, `${r.seconds.toFixed(1)} s`, '', '', '', `${Math.round(r.rows / r.seconds).toLocaleString('en')} rows/s`, `${r.rows.toLocaleString('en')} rows; ${r.communes.toLocaleString('en')} communes; ${sizes}; VACUUM (ANALYZE) ${r.analyzeSeconds.toFixed(1)} s`]);
  } else rows.push(['existing data set, reused', 'whole', '', '', '', '', `${sizes}; --regenerate to time the generator`]);
  if (g.migrated) rows.push([`migrations applied to it first`, `${g.migrated.seconds.toFixed(1)} s`, '', '', '', '', `${g.migrated.count} new since it was generated`]);
  if (g.checkProblems) rows.push(['consistency check', g.checkProblems.length ? `${g.checkProblems.length} problems` : 'passed', '', '', '', '', g.checkProblems.join('; ')]);
}
const q = result.queries;
if (q) {
  head(`QUERIES — ours (the service the route calls) vs the best hand-written SQL; p50/p95 over ${q.figures[0]?.ours.runs ?? '?'} runs`);
  for (const f of q.figures) rows.push([f.key, '', ms(f.ours.median), ms(f.ours.p95), '', `${times(f.ratio)} hand`, `hand ${ms(f.hand.median)}; ${f.answer}${f.match ? '' : ' — MISMATCH'}`]);
}
const l = result.load;
if (l) {
  head(`LOAD — the built server on PostgreSQL, autocannon in a second process, ${l.users} signed-in users; ratio = req/s ÷ the baseline's`);
  for (const r of loadRows(l)) rows.push(r);
}
const s = result.startup;
if (s) {
  head('START-UP — spawn to the first page (GET / → the web app), RSS of the server 2 s later');
  for (const r of startupRows(s)) rows.push(r);
}
const x = result.extraction;
if (x) {
  head(`EXTRACTION — ${x.samples} labelled texts, ${(x.corpusBytes / 1024).toFixed(0)} KB`);
  for (const [name, f] of Object.entries(x.families)) rows.push([name, `F1 ${f.f1.toFixed(3)}`, '', '', '', '', `P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} (${f.tp}/${f.fp}/${f.fn})`]);
  rows.push(['event dates right', `${(x.eventDateAccuracy * 100).toFixed(1)}%`, '', '', '', '', '']);
  rows.push(['throughput, one core', `${x.mbPerSecond.toFixed(2)} MB/s`, '', '', '', `${(x.mbPerSecond / x.baselineMbPerSecond).toFixed(2)}× base`, `best run (median ${x.mbPerSecondMedian.toFixed(2)}); bare baseline NFC + one word regex ${x.baselineMbPerSecond.toFixed(1)} MB/s`]);
}

if (q) result.targets.push(...checkQueryTargets([q]));
if (l) result.targets.push(...l.targets);
if (s) result.targets.push(...s.targets);
if (x) {
  result.targets.push({ target: 'extraction ≥ 5 MB/s per core', value: `${x.mbPerSecond.toFixed(2)} MB/s`, met: x.mbPerSecond >= 5 });
}
if (result.targets.length) {
  head(`TARGETS (issue 6; the load and query targets are meant for country data${scale === 'country' ? '' : ` — this run is ${scale}`})`);
  for (const t of result.targets) rows.push([t.target, t.met ? 'met' : 'NOT MET', '', '', '', '', t.value]);
}
if (result.failures.length) {
  head('FAILURES');
  for (const f of result.failures) rows.push([f, '', '', '', '', '', '']);
}

const lines: string[] = [];
result.seconds = (performance.now() - t0) / 1000;
lines.push(
  `Dân vận số benchmarks — ${scale} scale, seed ${seed}${smoke ? ' (smoke)' : ''}; ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC; ${result.machine.cpus} cores, ${result.machine.memoryGb} GB, Node ${process.version}${result.machine.postgres ? `, PostgreSQL ${result.machine.postgres}` : ''}; ${(result.seconds / 60).toFixed(1)} min`,
);
lines.push(...formatTable(['bench', 'value', 'p50', 'p95', 'p99', 'ratio', 'note'], rows));
result.table = lines;
console.log(`\n${lines.join('\n')}`);

const out = args.out ?? (smoke ? undefined : path.join('bench', 'results', `${started.toISOString().slice(0, 10)}.json`));
if (out) {
  // One file per date with one entry per scale; written beside and renamed, so a crash leaves the old file whole.
  mkdirSync(path.dirname(out), { recursive: true });
  let file: { date: string; runs: Record<string, unknown> } = { date: started.toISOString().slice(0, 10), runs: {} };
  if (existsSync(out)) {
    try {
      const old = JSON.parse(readFileSync(out, 'utf8')) as typeof file;
      if (old && typeof old.runs === 'object') file = { ...old, runs: { ...old.runs } };
    } catch {
      // Not ours, or broken: replaced.
    }
  }
  file.runs[smoke ? `${scale}-smoke` : scale] = result;
  writeFileSync(`${out}.tmp`, `${JSON.stringify(file, null, 2)}\n`);
  renameSync(`${out}.tmp`, out);
  console.log(`\nResults: ${out}`);
}
if (result.failures.length) process.exitCode = 1;
