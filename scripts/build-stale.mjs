// When dist/ must be built again: it is missing, or a source is newer than the last build's stamp.
// Used by `npm start` (scripts/start.mjs) and by the benchmarks (bench/load/process.ts).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['server', 'web', 'shared', 'package-lock.json', 'vite.config.ts'];
export const BUILD_STAMP = 'dist/.build-stamp';

function newestMtime(p) {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(p)) {
    if (entry === 'node_modules' || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

/** True when dist/ is missing or older than the sources (paths relative to the project root, the working directory). */
export function isBuildStale() {
  if (!existsSync(BUILD_STAMP) || !existsSync('dist/server/main.js') || !existsSync('dist/web/index.html')) return true;
  const stamp = statSync(BUILD_STAMP).mtimeMs;
  return SOURCES.filter((s) => existsSync(s)).some((s) => newestMtime(s) > stamp);
}
