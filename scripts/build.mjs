// Build the web app (Vite) and bundle the server (esbuild) into dist/.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const started = Date.now();
rmSync('dist/server', { recursive: true, force: true });
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
mkdirSync('dist/server', { recursive: true });
await build({
  entryPoints: { main: 'server/main.ts', 'user-create': 'server/cli/user-create.ts' },
  outdir: 'dist/server',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
cpSync('server/db/migrations', 'dist/server/migrations', { recursive: true });
writeFileSync('dist/.build-stamp', new Date().toISOString());
console.log(`Đã build xong (built) trong ${((Date.now() - started) / 1000).toFixed(1)} s → dist/`);
