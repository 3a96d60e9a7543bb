/**
 * Load benchmark (issue 6, Deliver 2): the built server on PostgreSQL with a
 * generated data set, driven from a second process by autocannon with a mixed
 * workload of many signed-in users, beside a bare baseline in the same run.
 *
 *   tsx bench/load/run.ts --scale province [--seed 42] [--smoke] [--seconds 8] [--users 160]
 *        [--connections 32] [--mixed 8,32] [--database-url URL] [--server OTHER/main.js] [--out FILE]
 *
 * The server runs as `node dist/server/main.js` on a free loopback port with
 * the bench's settings (no demo data; the sign-in rate limit and lockout
 * relaxed, since every user signs in from 127.0.0.1 up front). What it writes
 * to the bench database: the reference catalogue at its first start (as any
 * start does), then sessions and progress reports, which are removed again at
 * the end (sign-out; the reports and their audit rows are deleted). Reports
 * repeat the percent the task holds, so the data's figures stay as generated.
 *
 * Figures only: nothing here asserts a time.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readArgs } from '../../server/cli/open.ts';
import { type Db, openDatabase, queryRows } from '../../server/db/client.ts';
import { todayInVietnam } from '../../server/lib/dates.ts';
import { BENCH_AS_OF, BENCH_PASSWORD, benchFixtures, isScaleName, type ScaleName } from '../generate/index.ts';
import { benchDatabaseUrl, withDefaultUser } from '../lib/databases.ts';
import { printTable } from '../lib/report.ts';
import { ms } from '../lib/stats.ts';
import { type DriverPlan, type DriverResult, type Kind, KINDS, type LoadUser, MIXED_VISIT, type PhaseResult, type PhaseSpec, READ_KINDS, REPORT_NOTE } from './plan.ts';
import { ensureBuilt, rssMb, sleep, startServer, waitForFirstPage } from './process.ts';

export interface LoadBenchOptions {
  scale: ScaleName;
  seed: number;
  /** The bench database; by default danvan_bench_<scale>. */
  url?: string;
  /** A short run (CI): fewer users, 1–2 s phases. */
  smoke?: boolean;
  /** Seconds per measured phase (default 8; 2 with smoke). */
  seconds?: number;
  /** Signed-in users (default 160; 24 with smoke). */
  users?: number;
  /** Connections of the saturating phases (default 32). */
  connections?: number;
  /** Connections of the mixed phases (default 4, 8 and 32: the throughput each level of concurrency reaches, and its latency). */
  mixedConnections?: number[];
  /** Another build of the server to drive (before/after comparisons of a change); the web app stays dist/web. */
  serverScript?: string;
  log?: (line: string) => void;
}

export interface LoadBenchResult {
  scale: ScaleName;
  seed: number;
  users: number;
  signIn: { seconds: number; perUserMs: number };
  serverStartSeconds: number;
  rss: { restMb: number; afterSignInMb: number; underLoadMaxMb: number; afterLoadMb: number };
  phases: PhaseResult[];
  /** ours / baseline: requests per second, and p50 / p95 latency. */
  ratios: { phase: string; kind: string; rps: number; p50: number; p95: number }[];
  targets: { target: string; value: string; met: boolean }[];
  writesRemoved: { reports: number; auditRows: number };
}

const SIGN_IN_CONCURRENCY = 4;
const USER_AGENT = 'danvan-bench-load';

export async function runLoadBench(o: LoadBenchOptions): Promise<LoadBenchResult> {
  const log = o.log ?? console.log;
  const url = withDefaultUser(o.url ?? benchDatabaseUrl(o.scale, o.seed));
  const smoke = o.smoke ?? false;
  const seconds = o.seconds ?? (smoke ? 2 : 8);
  const connections = o.connections ?? (smoke ? 8 : 32);
  const mixed = o.mixedConnections ?? (smoke ? [4, 8] : [4, 8, connections]);
  const userCount = o.users ?? (smoke ? 24 : 160);

  const build = ensureBuilt(log);
  if (build.built) log(`  built in ${build.seconds.toFixed(1)} s`);
  const database = await openDatabase({ url, poolSize: 2 });
  const work = mkdtempSync(path.join(tmpdir(), 'danvan-load-'));
  let since: Date | undefined;
  let cleaned = false;
  try {
    const db = database.db;
    const fx = benchFixtures(o.seed);
    const [fixture] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from units where id = ${fx.province(0).committeeId}`);
    if (!fixture?.n) throw new Error(`${url} holds no data of seed ${o.seed}: run \`npm run bench:generate -- --scale ${o.scale}\` first.`);
    const [now] = await queryRows<{ at: Date | string }>(db, sql`select now() as at`);
    since = new Date(now?.at ?? Date.now());

    const server = await startServer({
      args: ['--enable-source-maps', o.serverScript ?? 'dist/server/main.js'],
      env: {
        DANVAN_WEB_DIR: path.resolve('dist/web'),
        DATABASE_URL: url,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        // Every bench user signs in from 127.0.0.1 within seconds: relax the limiter and lockout (settings, not code).
        LOGIN_RATE_PER_MINUTE: '1000000',
        LOGIN_MAX_FAILURES: '1000000',
        COOKIE_SECURE: 'false',
      },
    });
    const pid = server.child.pid ?? 0;
    try {
      // The first start on a data set may apply new migrations to millions of rows: minutes, not seconds.
      const startMs = await waitForFirstPage(server, 30 * 60_000);
      await sleep(1000);
      const restMb = rssMb(pid) ?? Number.NaN;
      log(`  server ${server.origin} (pid ${pid}) up in ${(startMs / 1000).toFixed(1)} s, RSS at rest ${restMb.toFixed(0)} MB`);

      const picked = await pickUsers(db, userCount);
      if (picked.length < Math.min(userCount, 4)) throw new Error(`only ${picked.length} users have an open task of their own`);
      const t0 = performance.now();
      const signedIn = await signIn(server.origin, picked);
      const signInSeconds = (performance.now() - t0) / 1000;
      const users = (await attachTasks(db, signedIn)).filter((u) => u.detailTaskIds.length && u.reportTasks.length);
      log(`  ${signedIn.length} users signed in in ${signInSeconds.toFixed(1)} s`);
      const afterSignInMb = rssMb(pid) ?? Number.NaN;

      const phases: PhaseSpec[] = [
        // Warm-up: every user's visit once (their tasks, lists and dashboards read into the caches, as in a working day), not reported.
        { name: 'warm-up', label: 'warm-up (not reported)', sequence: MIXED_VISIT, connections: Math.min(8, connections), seconds: smoke ? 2 : 90, maxRequests: Math.max(users.length * MIXED_VISIT.length, 8), warmup: true },
        { name: 'baseline', label: KINDS.baseline, sequence: ['baseline'], connections, seconds, maxRequests: 500_000 },
        { name: 'auth', label: KINDS.auth, sequence: ['auth'], connections, seconds, maxRequests: 500_000 },
        ...(['tasks', 'detail', 'dashboard', 'search', 'report'] as const).map((k) => ({ name: `alone:${k}`, label: `${KINDS[k]}, alone`, sequence: [k], connections, seconds, maxRequests: 200_000 })),
        ...mixed.map((c) => ({ name: `mixed:${c}`, label: `mixed visit (${MIXED_VISIT.join(', ')}), ${c} connections`, sequence: MIXED_VISIT, connections: c, seconds: Math.round(seconds * 1.5), maxRequests: 300_000 })),
      ];
      const plan: DriverPlan = {
        origin: server.origin,
        serverPid: pid,
        users,
        dashboard: { from: '2026-01-01', to: '2026-12-31', asOf: BENCH_AS_OF },
        documentQuery: 'ket luan dan van',
        reportedOn: todayInVietnam(new Date()),
        phases,
      };
      const planFile = path.join(work, 'plan.json');
      const resultFile = path.join(work, 'result.json');
      writeFileSync(planFile, JSON.stringify(plan));
      log(`  driver: ${phases.length} phases, about ${Math.ceil(phases.reduce((s, p) => s + p.seconds + 1, 0))} s`);
      await runDriver(planFile, resultFile);
      const result = JSON.parse(readFileSync(resultFile, 'utf8')) as DriverResult;
      await sleep(2000);
      const afterLoadMb = rssMb(pid) ?? Number.NaN;

      const restored = await restorePercents(server.origin, users, plan.reportedOn);
      log(`  ${restored} report tasks given their original percent again`);
      await signOut(server.origin, signedIn);
      await server.stop();
      const removed = await removeWrites(db, since);
      cleaned = true;

      const r: LoadBenchResult = {
        scale: o.scale,
        seed: o.seed,
        users: users.length,
        signIn: { seconds: signInSeconds, perUserMs: (signInSeconds * 1000) / signedIn.length },
        serverStartSeconds: startMs / 1000,
        rss: { restMb, afterSignInMb, underLoadMaxMb: Math.max(...result.phases.map((p) => p.serverRssMaxMb)), afterLoadMb },
        phases: result.phases,
        ratios: [],
        targets: [],
        writesRemoved: removed,
      };
      r.ratios = ratiosOf(r);
      r.targets = loadTargets(r);
      return r;
    } catch (e) {
      if (!server.exited()) log(server.output().slice(-2000));
      throw e;
    } finally {
      await server.stop();
    }
  } finally {
    if (since && !cleaned) await removeWrites(database.db, since).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
    await database.close();
  }
}

/**
 * Users of communes and provinces (one per unit, so no two report on the same
 * task) whose unit leads an open leaf task: about 85% commune staff, the rest
 * province staff, spread over the provinces by a hash of their ids.
 */
async function pickUsers(db: Db, count: number): Promise<{ username: string; unitId: string }[]> {
  const province = Math.max(1, Math.round(count * 0.15));
  const rows = await queryRows<{ username: string; unit_id: string; level: string }>(
    db,
    sql`with eligible as (
          select distinct on (u.unit_id) u.id, u.username, u.unit_id, n.level
          from users u join units n on n.id = u.unit_id
          where u.active and u.role in ('leader', 'specialist', 'reporter') and n.level in ('province', 'commune') and n.status = 'active'
            and exists (select 1 from tasks t where t.lead_unit_id = u.unit_id and t.status = 'in_progress'
                        and not exists (select 1 from tasks c where c.parent_id = t.id))
          order by u.unit_id, md5(u.id::text)
        )
        select username, unit_id, level from (
          select e.*, row_number() over (partition by e.level order by md5(e.id::text)) as rn from eligible e) x
        where rn <= ${count}
        order by md5(id::text)`,
  );
  const atProvince = rows.filter((r) => r.level === 'province').slice(0, province);
  const atCommune = rows.filter((r) => r.level === 'commune').slice(0, count - atProvince.length);
  return [...atProvince, ...atCommune].map((r) => ({ username: r.username, unitId: r.unit_id }));
}

/** Sign in every user through the login route, as the web does, and read each one's scope root (the dashboard's unit). */
async function signIn(origin: string, picked: { username: string; unitId: string }[]): Promise<LoadUser[]> {
  const out: LoadUser[] = [];
  let next = 0;
  const worker = async () => {
    for (let p = picked[next++]; p; p = picked[next++]) {
      const res = await fetch(`${origin}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, 'user-agent': USER_AGENT },
        body: JSON.stringify({ username: p.username, password: BENCH_PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`sign-in of ${p.username} answered ${res.status}: ${await res.text()}`);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      if (!cookie.startsWith('danvan_session=')) throw new Error(`sign-in of ${p.username} set no session cookie`);
      const me = (await (await fetch(`${origin}/api/auth/me`, { headers: { cookie } })).json()) as { scopeRootId: string };
      out.push({ username: p.username, unitId: p.unitId, cookie, scopeRootId: me.scopeRootId, detailTaskIds: [], reportTasks: [] });
    }
  };
  await Promise.all(Array.from({ length: SIGN_IN_CONCURRENCY }, worker));
  return out.sort((a, b) => a.username.localeCompare(b.username));
}

interface TaskPick {
  unit_id: string;
  id: string;
  version: number;
  progress: number;
}

/** The tasks each user opens (4) and reports on (3 open leaves): of their own unit, picked by a hash of the ids. */
async function attachTasks(db: Db, users: LoadUser[]): Promise<LoadUser[]> {
  const units = `{${users.map((u) => u.unitId).join(',')}}`;
  const pick = (open: boolean, n: number) =>
    queryRows<TaskPick>(
      db,
      sql`select unit_id, id, version, progress from (
            select t.lead_unit_id as unit_id, t.id, t.version, t.progress,
                   row_number() over (partition by t.lead_unit_id order by md5(t.id::text)) as rn
            from tasks t where t.lead_unit_id = any(${units}::uuid[])
              ${open ? sql`and t.status = 'in_progress' and not exists (select 1 from tasks c where c.parent_id = t.id)` : sql``}) x
          where rn <= ${n}`,
    );
  const detail = await pick(false, 4);
  const report = await pick(true, 3);
  return users.map((u) => ({
    ...u,
    detailTaskIds: detail.filter((t) => t.unit_id === u.unitId).map((t) => t.id),
    reportTasks: report.filter((t) => t.unit_id === u.unitId).map((t) => ({ id: t.id, version: t.version, progress: t.progress })),
  }));
}

/**
 * Report each bench task's original percent again where the run left it at the other one, through the
 * API so the roll-ups above follow: the data's figures stay as generated (the reports themselves are
 * removed afterwards with the rest).
 */
async function restorePercents(origin: string, users: LoadUser[], reportedOn: string): Promise<number> {
  let restored = 0;
  for (const u of users)
    for (const t of u.reportTasks) {
      const res = await fetch(`${origin}/api/tasks/${t.id}`, { headers: { cookie: u.cookie } });
      if (!res.ok) throw new Error(`reading task ${t.id} back answered ${res.status}`);
      const now = (await res.json()) as { version: number; progress: number };
      if (now.progress === t.progress) continue;
      const put = await fetch(`${origin}/api/tasks/${t.id}/progress`, {
        method: 'POST',
        headers: { cookie: u.cookie, origin, 'content-type': 'application/json' },
        body: JSON.stringify({ version: now.version, reportedOn, percent: t.progress, note: REPORT_NOTE }),
      });
      if (put.status !== 201) throw new Error(`restoring the percent of task ${t.id} answered ${put.status}: ${await put.text()}`);
      restored++;
    }
  return restored;
}

async function signOut(origin: string, users: LoadUser[]): Promise<void> {
  for (const u of users) await fetch(`${origin}/api/auth/logout`, { method: 'POST', headers: { cookie: u.cookie, origin } }).catch(() => undefined);
}

/** Delete what the run wrote: its progress reports, their audit rows, and sessions a failed run could not sign out. */
async function removeWrites(db: Db, since: Date): Promise<{ reports: number; auditRows: number }> {
  const count = async (q: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db, q))[0]?.n ?? 0;
  const reports = await count(sql`with d as (delete from task_reports where created_at >= ${since} and note = ${REPORT_NOTE} returning 1) select count(*)::int as n from d`);
  const auditRows = await count(
    sql`with d as (delete from audit_log where at >= ${since} and entity = 'task' and action = 'update' and after->>'note' = ${REPORT_NOTE} returning 1) select count(*)::int as n from d`,
  );
  await count(sql`with d as (delete from sessions where created_at >= ${since} and user_agent = ${USER_AGENT} returning 1) select count(*)::int as n from d`);
  return { reports, auditRows };
}

function runDriver(planFile: string, resultFile: string): Promise<void> {
  const driver = fileURLToPath(new URL('./driver.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', driver, planFile, resultFile], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the load driver exited with ${code}`))));
  });
}

function ratiosOf(r: LoadBenchResult): LoadBenchResult['ratios'] {
  const base = r.phases.find((p) => p.name === 'baseline')?.total;
  if (!base) return [];
  const out: LoadBenchResult['ratios'] = [];
  for (const p of r.phases) {
    if (p.name === 'baseline') continue;
    out.push({ phase: p.name, kind: 'all', rps: p.total.rps / base.rps, p50: p.total.p50 / base.p50, p95: p.total.p95 / base.p95 });
  }
  return out;
}

/** Issue 6's load targets (they are meant for country data on PostgreSQL; other scales show the same checks). */
function loadTargets(r: LoadBenchResult): LoadBenchResult['targets'] {
  const base = r.phases.find((p) => p.name === 'baseline');
  const mixed = r.phases.filter((p) => p.name.startsWith('mixed:'));
  const out: LoadBenchResult['targets'] = [];
  if (mixed.length) {
    // The best mixed phase that keeps reads under 50 ms at p95 — or, when none does, the one with the lowest read p95.
    const reads = mixed.map((p) => ({ p, reads: p.reads ?? p.total }));
    const ok = reads.filter((x) => x.reads.p95 < 50 && x.p.total.rps >= 300);
    const best = ok.sort((a, b) => b.p.total.rps - a.p.total.rps)[0] ?? [...reads].sort((a, b) => a.reads.p95 - b.reads.p95)[0];
    if (best)
      out.push({
        target: 'reads p95 < 50 ms at ≥ 300 req/s (mixed)',
        value: `${ms(best.reads.p95)} at ${best.p.total.rps.toFixed(0)} req/s (${best.p.connections} conn)`,
        met: best.reads.p95 < 50 && best.p.total.rps >= 300,
      });
  }
  const top = [...mixed].sort((a, b) => b.total.rps - a.total.rps)[0];
  if (top && base) out.push({ target: 'mixed throughput ≥ 50% of the bare baseline', value: `${((top.total.rps / base.total.rps) * 100).toFixed(0)}% (${top.total.rps.toFixed(0)} / ${base.total.rps.toFixed(0)} req/s)`, met: top.total.rps / base.total.rps >= 0.5 });
  return out;
}

const rps = (v: number) => (Number.isFinite(v) ? `${v >= 100 ? v.toFixed(0) : v.toFixed(1)}/s` : '—');
const errorsOf = (e: Record<string, number>) =>
  Object.entries(e)
    .map(([s, n]) => `${n}×${s}`)
    .join(' ');

/**
 * Rows for the one bench table: [item, value, p50, p95, p99, ratio, note]; the
 * ratio is requests per second ÷ the baseline's, for each phase as a whole
 * (the kinds inside a mixed phase share its throughput: their latency against
 * the baseline's is in the note).
 */
export function loadRows(r: LoadBenchResult): string[][] {
  const base = r.phases.find((p) => p.name === 'baseline')?.total;
  const rows: string[][] = [];
  const row = (item: string, f: PhaseResult['total'], whole: boolean, note: string) => {
    const errs = errorsOf(f.errors);
    const lat = base ? `p50 ${(f.p50 / base.p50).toFixed(1)}×, p95 ${(f.p95 / base.p95).toFixed(1)}× base` : '';
    rows.push([item, rps(f.rps), ms(f.p50), ms(f.p95), ms(f.p99), whole && base ? `${(f.rps / base.rps).toFixed(2)}×` : '', [lat, note, errs ? `non-2xx ${errs}` : ''].filter(Boolean).join('; ')]);
  };
  for (const p of r.phases) {
    const cpu = `CPU (100% = a core): server ${p.serverCpuPercent.toFixed(0)}%, driver ${p.driverCpuPercent.toFixed(0)}%, PostgreSQL + rest ${p.restCpuPercent.toFixed(0)}%`;
    if (p.name === 'baseline' && base) rows.push([`baseline: /api/health, unknown session (${p.connections} conn)`, rps(base.rps), ms(base.p50), ms(base.p95), ms(base.p99), '1.00×', `one indexed query; ${cpu}`]);
    else if (p.name === 'auth') row(`auth floor: /api/health signed in (${p.connections} conn)`, p.total, true, cpu);
    else if (p.name.startsWith('alone:')) row(`${p.name.slice(6)} alone (${p.connections} conn)`, p.total, true, cpu);
    else if (p.name.startsWith('mixed:')) {
      row(`mixed visit, all (${p.connections} conn)`, p.total, true, `${cpu}; RSS max ${p.serverRssMaxMb.toFixed(0)} MB`);
      if (p.reads) row(`  reads`, p.reads, false, READ_KINDS.join(', '));
      for (const [k, f] of Object.entries(p.byKind) as [Kind, PhaseResult['total']][]) row(`  ${k}`, f, false, '');
    }
  }
  rows.push([`server RSS at rest`, `${r.rss.restMb.toFixed(0)} MB`, '', '', '', '', `${r.rss.afterSignInMb.toFixed(0)} MB with ${r.users} sessions; max ${r.rss.underLoadMaxMb.toFixed(0)} MB under load; ${r.rss.afterLoadMb.toFixed(0)} MB after`]);
  rows.push([`sign-in (argon2), ${r.users} users`, `${r.signIn.perUserMs.toFixed(0)} ms/user`, '', '', '', '', `${r.signIn.seconds.toFixed(1)} s, ${SIGN_IN_CONCURRENCY} at a time`]);
  return rows;
}

export function printLoadBench(r: LoadBenchResult, out: (line: string) => void = console.log): void {
  out(`\nLoad at ${r.scale} scale (seed ${r.seed}, PostgreSQL; ${r.users} signed-in users)`);
  printTable(['item', 'req/s', 'p50', 'p95', 'p99', 'ratio', 'note'], loadRows(r), out);
  if (r.targets.length) {
    out('');
    printTable(['target', 'value', 'met'], r.targets.map((t) => [t.target, t.value, t.met ? 'yes' : 'NO']), out);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = readArgs(process.argv.slice(2));
  const scale = args.scale ?? 'province';
  if (!isScaleName(scale)) throw new Error(`unknown scale "${scale}"`);
  const r = await runLoadBench({
    scale,
    seed: Number(args.seed ?? 42),
    url: args['database-url'],
    smoke: args.smoke === 'true',
    seconds: args.seconds ? Number(args.seconds) : undefined,
    users: args.users ? Number(args.users) : undefined,
    connections: args.connections ? Number(args.connections) : undefined,
    mixedConnections: args.mixed ? args.mixed.split(',').map(Number) : undefined,
    serverScript: args.server,
  });
  printLoadBench(r);
  if (args.out) writeFileSync(args.out, `${JSON.stringify(r, null, 2)}\n`);
}
