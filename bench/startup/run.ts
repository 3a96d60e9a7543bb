/**
 * Start-up and memory (issue 6, Deliver 4): from spawning the server to the
 * first served page (GET / answering the web app's HTML), and the server's
 * RSS at rest after it, on PGlite with demo data — cold (a fresh DATA_DIR:
 * migrations, reference catalogue, demo data) and warm (a second start on
 * the same folder) — through `node dist/server/main.js` and through
 * `node scripts/start.mjs` (what `npm start` runs: it builds when dist/ is
 * stale, then starts the server as its child); and the same on PostgreSQL in
 * a database created and dropped here (danvan_bench_startup).
 *
 *   tsx bench/startup/run.ts
 *
 * Figures only: nothing here asserts a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDatabaseUrl, createBenchDatabase, dropBenchDatabase, withDefaultUser } from '../lib/databases.ts';
import { printTable } from '../lib/report.ts';
import { type BuildFigure, ensureBuilt, childPidRunning, rssMb, sleep, startServer, waitForFirstPage } from '../load/process.ts';

export interface StartupRun {
  name: string;
  engine: 'pglite' | 'postgres';
  command: string;
  cold: boolean;
  /** Spawn → first served page. */
  firstPageSeconds: number;
  /** The server process, idle, 2 s after its first page. */
  rssRestMb: number;
  /** `scripts/start.mjs` itself, beside its child the server. */
  wrapperRssMb?: number;
  /** What the server printed about its start (its own "khởi động" figure, demo data loaded). */
  loadedDemoData: boolean;
  serverReportedSeconds?: number;
}

export interface StartupBenchResult {
  build: BuildFigure;
  runs: StartupRun[];
  targets: { target: string; value: string; met: boolean }[];
}

const REST_MS = 2000;
const STARTUP_DB = 'startup';

export async function runStartupBench(o: { log?: (line: string) => void; postgres?: boolean } = {}): Promise<StartupBenchResult> {
  const log = o.log ?? console.log;
  const build = ensureBuilt(log);
  const runs: StartupRun[] = [];
  const dirs: string[] = [];
  const freshDir = () => {
    const d = mkdtempSync(path.join(tmpdir(), 'danvan-startup-'));
    dirs.push(d);
    return d;
  };

  const once = async (name: string, command: 'main' | 'start', engine: StartupRun['engine'], cold: boolean, env: Record<string, string>) => {
    const args = command === 'main' ? ['--enable-source-maps', 'dist/server/main.js'] : ['scripts/start.mjs'];
    const server = await startServer({ args, env: { LOG_LEVEL: 'warn', ...env } });
    try {
      const ms = await waitForFirstPage(server);
      await sleep(REST_MS);
      const pid = server.child.pid ?? 0;
      const serverPid = command === 'start' ? (childPidRunning(pid, 'dist/server/main.js') ?? pid) : pid;
      const reported = /khởi động ([\d.]+) s/u.exec(server.output())?.[1];
      const run: StartupRun = {
        name,
        engine,
        command: command === 'main' ? 'node dist/server/main.js' : 'node scripts/start.mjs',
        cold,
        firstPageSeconds: ms / 1000,
        rssRestMb: rssMb(serverPid) ?? Number.NaN,
        ...(command === 'start' ? { wrapperRssMb: rssMb(pid) ?? Number.NaN } : {}),
        loadedDemoData: server.output().includes('dữ liệu mẫu (demo data)'),
        ...(reported ? { serverReportedSeconds: Number(reported) } : {}),
      };
      log(`  ${name.padEnd(34)} first page ${run.firstPageSeconds.toFixed(2)} s, RSS at rest ${run.rssRestMb.toFixed(0)} MB${run.loadedDemoData ? ' (demo data loaded)' : ''}`);
      runs.push(run);
    } finally {
      await server.stop();
    }
  };

  try {
    const dir = freshDir();
    await once('PGlite cold (main.js, fresh dir)', 'main', 'pglite', true, { DATA_DIR: dir });
    await once('PGlite warm (main.js, same dir)', 'main', 'pglite', false, { DATA_DIR: dir });
    const dir2 = freshDir();
    await once('PGlite cold (start.mjs, fresh dir)', 'start', 'pglite', true, { DATA_DIR: dir2 });
    await once('PGlite warm (start.mjs, same dir)', 'start', 'pglite', false, { DATA_DIR: dir2 });
    if (o.postgres !== false) {
      const url = withDefaultUser(benchDatabaseUrl(STARTUP_DB, 42));
      await createBenchDatabase(url, true);
      try {
        await once('PostgreSQL cold (main.js, new db)', 'main', 'postgres', true, { DATABASE_URL: url });
        await once('PostgreSQL warm (main.js, same db)', 'main', 'postgres', false, { DATABASE_URL: url });
      } finally {
        await dropBenchDatabase(url);
      }
    }
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }

  const targets: StartupBenchResult['targets'] = [];
  const npmStart = runs.filter((r) => r.engine === 'pglite' && r.command.includes('start.mjs'));
  const worst = [...npmStart].sort((a, b) => b.firstPageSeconds - a.firstPageSeconds)[0];
  if (worst) targets.push({ target: '`npm start` on PGlite: first page < 10 s (cold)', value: `${worst.firstPageSeconds.toFixed(1)} s`, met: worst.firstPageSeconds < 10 });
  const rss = Math.max(...npmStart.map((r) => r.rssRestMb));
  if (npmStart.length) targets.push({ target: '`npm start` on PGlite: RSS < 500 MB at rest', value: `${rss.toFixed(0)} MB`, met: rss < 500 });
  return { build, runs, targets };
}

/** Rows for the one bench table: [item, value, p50, p95, p99, ratio, note]. */
export function startupRows(r: StartupBenchResult): string[][] {
  const rows: string[][] = [];
  if (r.build.built) rows.push(['npm run build (dist/ was stale)', `${r.build.seconds.toFixed(1)} s`, '', '', '', '', 'Vite + esbuild']);
  for (const x of r.runs)
    rows.push([
      x.name,
      `${x.firstPageSeconds.toFixed(2)} s`,
      '',
      '',
      '',
      '',
      [`RSS at rest ${x.rssRestMb.toFixed(0)} MB${x.wrapperRssMb ? ` + start.mjs ${x.wrapperRssMb.toFixed(0)} MB` : ''}`, x.loadedDemoData ? 'demo data loaded' : '', x.serverReportedSeconds !== undefined ? `server says ${x.serverReportedSeconds} s` : '']
        .filter(Boolean)
        .join('; '),
    ]);
  return rows;
}

export function printStartupBench(r: StartupBenchResult, out: (line: string) => void = console.log): void {
  out('\nStart-up to the first page, and RSS at rest');
  printTable(['item', 'first page', '', '', '', '', 'note'], startupRows(r), out);
  if (r.targets.length) {
    out('');
    printTable(['target', 'value', 'met'], r.targets.map((t) => [t.target, t.value, t.met ? 'yes' : 'NO']), out);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runStartupBench({ postgres: !process.argv.includes('--no-postgres') });
  printStartupBench(r);
}
