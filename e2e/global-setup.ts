import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

let server: ChildProcess | undefined;
let dataDir: string | undefined;

/** Start the built server on a fresh PGlite folder with demo data; stop it afterwards. */
export default async function setup(project: TestProject) {
  const port = 3400 + Math.floor(Math.random() * 400);
  dataDir = mkdtempSync(path.join(tmpdir(), 'danvan-e2e-'));
  const baseUrl = `http://localhost:${port}`;
  let output = '';
  server = spawn(process.execPath, ['dist/server/main.js'], {
    // Every journey signs in from 127.0.0.1: the per-IP sign-in limit (tested in the auth suite) would
    // refuse the journeys' 25-odd sign-ins a minute, so it is raised here.
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DEMO_DATA: 'true', LOG_LEVEL: 'warn', DATABASE_URL: '', LOGIN_RATE_PER_MINUTE: '1000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d) => (output += String(d)));
  server.stderr?.on('data', (d) => (output += String(d)));
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide('baseUrl', baseUrl);
  return async () => {
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
