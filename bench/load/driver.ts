/**
 * The load driver: a process of its own, apart from the server, that runs
 * autocannon phase after phase against it.
 *
 *   node --import tsx bench/load/driver.ts PLAN.json RESULT.json
 *
 * Each connection is a browser tab of signed-in users: it repeats the
 * phase's sequence of requests, a different user of its own each time (users
 * are dealt to connections, so no two connections act for the same user and
 * progress reports never race on a task's version). Latencies are recorded
 * per request kind from autocannon's own response timing. Progress goes to
 * stderr; the figures to RESULT.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { percentile } from '../lib/stats.ts';
import { alternatePercent, type DriverPlan, type DriverResult, type Kind, type LatencyFigures, type LoadUser, type PhaseResult, type PhaseSpec, READ_KINDS, REPORT_NOTE } from './plan.ts';
import { cpus } from 'node:os';
import { cpuSeconds, rssMb } from './process.ts';

const [planFile, resultFile] = process.argv.slice(2);
if (!planFile || !resultFile) {
  console.error('usage: driver.ts PLAN.json RESULT.json');
  process.exit(2);
}
const plan = JSON.parse(readFileSync(planFile, 'utf8')) as DriverPlan;
const url = new URL(plan.origin);

/** The current version of each report task, from the server's answers. */
const versions = new Map<string, number>();
const ownerOf = new Map<string, LoadUser>();
for (const u of plan.users)
  for (const t of u.reportTasks) {
    versions.set(t.id, t.version);
    ownerOf.set(t.id, u);
  }
/** The percent each report task held at the start, and the one it holds now (from the server's answers). */
const percentOf = new Map(plan.users.flatMap((u) => u.reportTasks.map((t) => [t.id, t.progress] as const)));
const percentNow = new Map(percentOf);
/**
 * Each report moves the task's progress, so it is rolled up to the tasks above, as a real report is: it
 * alternates between the percent the task held at the start and its neighbour (run.ts restores the first).
 */
const nextPercent = (taskId: string, start: number): number => {
  const now = percentNow.get(taskId) ?? start;
  return now === start ? alternatePercent(start) : start;
};
/** Reports sent and not answered yet (a phase may end before their answer). */
const inFlight = new Set<string>();

/** Read a task's version again (after a refused report, or one cut off by the end of a phase). */
async function refreshVersion(taskId: string): Promise<void> {
  const owner = ownerOf.get(taskId);
  if (!owner) return;
  try {
    const res = await fetch(`${plan.origin}/api/tasks/${taskId}`, { headers: { cookie: owner.cookie } });
    if (res.ok) {
      const task = (await res.json()) as { version: number; progress: number };
      versions.set(taskId, task.version);
      percentNow.set(taskId, task.progress);
    }
  } catch {
    // The next refusal tries again.
  }
}

const BOGUS_COOKIE = `danvan_session=${'0'.repeat(43)}`;
const query = (o: Record<string, string>) => new URLSearchParams(o).toString();

interface RequestOptions {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Where the connection is in its user list and each user's task lists. */
interface ConnectionState {
  users: LoadUser[];
  next: number;
  user: LoadUser;
  turn: Map<LoadUser, number>;
}

function requestFor(kind: Kind, s: ConnectionState): RequestOptions {
  const u = s.user;
  const turn = s.turn.get(u) ?? 0;
  s.turn.set(u, turn + 1);
  const get = (path: string, cookie = u.cookie): RequestOptions => ({ method: 'GET', path, headers: { cookie, 'accept-language': 'vi' } });
  switch (kind) {
    case 'tasks':
      return get(`/api/tasks?${query({ view: 'mine', page: '1', pageSize: '20' })}`);
    case 'detail':
      return get(`/api/tasks/${u.detailTaskIds[turn % u.detailTaskIds.length]}`);
    case 'dashboard':
      return get(`/api/tasks/deadlines?${query({ unitId: u.scopeRootId, ...plan.dashboard })}`);
    case 'search':
      return get(`/api/documents?${query({ q: plan.documentQuery, page: '1', pageSize: '20' })}`);
    case 'baseline':
      return get('/api/health', BOGUS_COOKIE);
    case 'auth':
      return get('/api/health');
    case 'report': {
      const task = u.reportTasks[turn % u.reportTasks.length];
      if (!task) throw new Error(`${u.username} has no task to report on`);
      inFlight.add(task.id);
      const body = JSON.stringify({ version: versions.get(task.id) ?? task.version, reportedOn: plan.reportedOn, percent: nextPercent(task.id, percentOf.get(task.id) ?? task.progress), note: REPORT_NOTE });
      return {
        method: 'POST',
        path: `/api/tasks/${task.id}/progress`,
        headers: { cookie: u.cookie, origin: plan.origin, 'content-type': 'application/json', 'accept-language': 'vi' },
        body,
      };
    }
  }
}

function figures(samples: number[], seconds: number, errors: Record<string, number>): LatencyFigures {
  const s = Float64Array.from(samples).sort();
  const sorted = Array.from(s);
  return {
    requests: sorted.length,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    errors,
  };
}

function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const v = line.trim().split(/\s+/u).slice(1).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  return { busy: total - idle, total };
}

async function runPhase(phase: PhaseSpec): Promise<PhaseResult> {
  const samples = new Map<Kind, number[]>();
  const errors = new Map<Kind, Record<string, number>>();
  // Set by a request's onResponse, read by the instance's 'response' event right after, in the same call.
  let answered: Kind | undefined;
  const users = plan.users;
  if (users.length === 0) throw new Error('no users');
  let connection = 0;
  const setupClient = (client: autocannon.Client) => {
    const c = connection++;
    // Deal users to connections: connection c acts for users c, c + n, c + 2n…
    const mine = users.filter((_, i) => i % phase.connections === c % phase.connections);
    const own = mine.length ? mine : [users[c % users.length] as LoadUser];
    const state: ConnectionState = { users: own, next: 0, user: own[0] as LoadUser, turn: new Map() };
    client.setRequests(
      phase.sequence.map((kind, i) => ({
        method: 'GET' as const,
        setupRequest: (req: autocannon.Request) => {
          if (i === 0) {
            state.user = state.users[state.next % state.users.length] as LoadUser;
            state.next++;
          }
          return { ...req, ...requestFor(kind, state) };
        },
        onResponse: (status: number, body: string, _context: object) => {
          answered = kind;
          if (status < 200 || status > 299) {
            const e = errors.get(kind) ?? {};
            e[status] = (e[status] ?? 0) + 1;
            errors.set(kind, e);
          }
          if (kind === 'report') {
            // The answer names the new version (201), or the report was refused: read the version again.
            let id: string | undefined;
            try {
              const task = JSON.parse(body) as { id?: string; version?: number; progress?: number };
              if (status === 201 && task.id && typeof task.version === 'number') {
                versions.set(task.id, task.version);
                if (typeof task.progress === 'number') percentNow.set(task.id, task.progress);
                id = task.id;
              }
            } catch {
              // Not JSON.
            }
            if (id) inFlight.delete(id);
            else for (const t of [...inFlight]) if (state.user.reportTasks.some((x) => x.id === t)) void refreshVersion(t).then(() => inFlight.delete(t));
          }
        },
      })),
    );
  };

  const cpu0 = cpuSeconds(plan.serverPid) ?? 0;
  const me0 = process.cpuUsage();
  const m0 = machineTicks();
  const t0 = performance.now();
  let rssMax = rssMb(plan.serverPid) ?? 0;
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, rssMb(plan.serverPid) ?? 0);
  }, 250);
  let finish: (r: autocannon.Result) => void = () => {};
  let fail: (e: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: `${url.origin}/`,
      connections: phase.connections,
      duration: phase.seconds,
      maxOverallRequests: phase.maxRequests,
      timeout: 30,
      setupClient,
    },
    (err, r) => (err ? fail(err) : finish(r)),
  );
  instance.on('response', (_client, _status, _bytes, ms) => {
    const kind = answered;
    answered = undefined;
    if (!kind) return;
    let list = samples.get(kind);
    if (!list) samples.set(kind, (list = []));
    list.push(ms);
  });
  const result = await done;
  clearInterval(sampler);
  const wall = (performance.now() - t0) / 1000;
  const cpu1 = cpuSeconds(plan.serverPid) ?? cpu0;
  const me1 = process.cpuUsage(me0);
  const m1 = machineTicks();
  const seconds = Math.min(wall, result.duration || wall);

  // Reports cut off by the end of the phase were still written: read their versions again.
  if (inFlight.size) {
    await new Promise((r) => setTimeout(r, 2000));
    await Promise.all([...inFlight].map((id) => refreshVersion(id)));
    inFlight.clear();
  }

  const all: number[] = [];
  const reads: number[] = [];
  const byKind: PhaseResult['byKind'] = {};
  const allErrors: Record<string, number> = {};
  for (const kind of new Set(phase.sequence)) {
    const s = samples.get(kind) ?? [];
    for (const v of s) all.push(v);
    if (READ_KINDS.includes(kind)) for (const v of s) reads.push(v);
    const e = errors.get(kind) ?? {};
    for (const [k, v] of Object.entries(e)) allErrors[k] = (allErrors[k] ?? 0) + v;
    byKind[kind] = figures(s, seconds, e);
  }
  const r: PhaseResult = {
    name: phase.name,
    label: phase.label,
    connections: phase.connections,
    seconds,
    total: figures(all, seconds, allErrors),
    ...(new Set(phase.sequence.filter((k) => READ_KINDS.includes(k))).size > 1 ? { reads: figures(reads, seconds, {}) } : {}),
    byKind,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    serverCpuPercent: ((cpu1 - cpu0) / wall) * 100,
    driverCpuPercent: ((me1.user + me1.system) / 1e6 / wall) * 100,
    restCpuPercent: 0,
    serverRssMaxMb: rssMax,
    serverRssEndMb: rssMb(plan.serverPid) ?? Number.NaN,
    machineBusyPercent: m1.total > m0.total ? ((m1.busy - m0.busy) / (m1.total - m0.total)) * 100 : Number.NaN,
  };
  r.restCpuPercent = Math.max(0, (r.machineBusyPercent * cpus().length) - r.serverCpuPercent - r.driverCpuPercent);
  return r;
}

const out: DriverResult = { phases: [] };
for (const phase of plan.phases) {
  const r = await runPhase(phase);
  const errs = Object.entries(r.total.errors)
    .map(([s, n]) => `${n}×${s}`)
    .join(' ');
  console.error(
    `  ${phase.warmup ? '(warm-up) ' : ''}${phase.name.padEnd(18)} ${String(phase.connections).padStart(3)} conn  ${r.total.rps.toFixed(0).padStart(5)} req/s  p50 ${r.total.p50.toFixed(1)} ms  p95 ${r.total.p95.toFixed(1)} ms  p99 ${r.total.p99.toFixed(1)} ms  CPU server ${r.serverCpuPercent.toFixed(0)}% driver ${r.driverCpuPercent.toFixed(0)}% rest ${r.restCpuPercent.toFixed(0)}%${errs ? `  non-2xx ${errs}` : ''}${r.socketErrors ? `  socket errors ${r.socketErrors}` : ''}`,
  );
  if (!phase.warmup) out.phases.push(r);
}
writeFileSync(resultFile, JSON.stringify(out));
