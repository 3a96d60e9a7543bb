/**
 * The built server as its own process, for the load and start-up benches:
 * build when stale (the rule of scripts/start.mjs), a free loopback port,
 * start, wait for the first served page, read RSS and CPU from /proc, stop.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { isBuildStale } from '../../scripts/build-stale.mjs';
import { createServer } from 'node:net';


export interface BuildFigure {
  /** Whether `npm run build` ran (dist/ was missing or older than the sources). */
  built: boolean;
  seconds: number;
}

/** `npm run build` when dist/ is stale; the build's output is shown only when it fails. */
export function ensureBuilt(log: (line: string) => void = console.log): BuildFigure {
  if (!isBuildStale()) return { built: false, seconds: 0 };
  log('Building (dist/ is missing or older than the sources)…');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
  return { built: true, seconds: (performance.now() - t0) / 1000 };
}

/** A free TCP port on the loopback interface (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** VmRSS of a process in MB, from /proc (Linux); undefined when it is gone. */
export function rssMb(pid: number): number | undefined {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / CLOCK_TICKS : undefined;
  } catch {
    return undefined;
  }
}
/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

/** The child of `pid` whose command line names `script` (the server under `node scripts/start.mjs`). */
export function childPidRunning(pid: number, script: string): number | undefined {
  try {
    for (const task of readdirSync(`/proc/${pid}/task`))
      for (const c of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/u).filter(Boolean)) {
        const cmdline = readFileSync(`/proc/${c}/cmdline`, 'utf8').split('\0');
        if (cmdline.some((a) => a.endsWith(script))) return Number(c);
      }
  } catch {
    // Gone.
  }
  return undefined;
}

export interface ServerProcess {
  /** The process started: the server itself, or `scripts/start.mjs` which runs it. */
  child: ChildProcess;
  origin: string;
  port: number;
  /** Milliseconds since the spawn. */
  elapsedMs(): number;
  /** stdout + stderr so far. */
  output(): string;
  exited(): boolean;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Arguments of `node`: ['dist/server/main.js'] or ['scripts/start.mjs']. */
  args: string[];
  /** Settings; PORT and HOST are set here. */
  env: Record<string, string>;
  port?: number;
}

/** Start the server on a free loopback port (HOST=127.0.0.1); the clock starts at the spawn. */
export async function startServer(o: StartOptions): Promise<ServerProcess> {
  const port = o.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = { ...process.env, ...o.env, PORT: String(port), HOST: '127.0.0.1' };
  // Settings of the bench process itself must not leak into the server's.
  for (const k of ['DATABASE_URL', 'DATA_DIR', 'TEST_DATABASE_URL', 'NODE_OPTIONS']) if (!(k in o.env)) delete env[k];
  const t0 = performance.now();
  const child = spawn(process.execPath, o.args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (b: Buffer) => {
    out += b.toString('utf8');
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let done = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((done = true), resolve())));
  return {
    child,
    origin: `http://127.0.0.1:${port}`,
    port,
    elapsedMs: () => performance.now() - t0,
    output: () => out,
    exited: () => done,
    async stop() {
      if (done) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/**
 * Poll GET / until the server answers with the web app's HTML; milliseconds
 * from the spawn. Throws with the server's output when it exits or times out.
 */
export async function waitForFirstPage(server: ServerProcess, timeoutMs = 120_000): Promise<number> {
  for (;;) {
    if (server.exited()) throw new Error(`the server exited before serving a page:\n${server.output().slice(-3000)}`);
    if (server.elapsedMs() > timeoutMs) throw new Error(`no page after ${timeoutMs / 1000} s:\n${server.output().slice(-3000)}`);
    try {
      const res = await fetch(`${server.origin}/`, { signal: AbortSignal.timeout(5000) });
      const body = await res.text();
      if (res.status === 200 && body.includes('<div id="root">')) return server.elapsedMs();
      if (res.status === 200) throw new Error(`GET / answered without the web app (is dist/web built?):\n${body.slice(0, 300)}`);
    } catch (e) {
      if (e instanceof Error && e.message.startsWith('GET / answered')) throw e;
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
