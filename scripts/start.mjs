// `npm start`: build when dist/ is missing or older than the sources, then serve.
import { spawn, spawnSync } from 'node:child_process';
import { isBuildStale } from './build-stale.mjs';

const stale = isBuildStale();
if (stale) {
  console.log('Đang build ứng dụng (building)…');
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.js'], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
