// Fails when the Drizzle schema and the committed migrations disagree.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = 'server/db/migrations';
const snapshot = () => {
  const files = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.set(p, readFileSync(p));
    }
  };
  walk(dir);
  return files;
};
const before = snapshot();
const r = spawnSync('npx', ['drizzle-kit', 'generate', '--name', 'pending_check'], { encoding: 'utf8' });
if (r.status !== 0) {
  console.error(r.stdout, r.stderr);
  process.exit(1);
}
const after = snapshot();
const changed = [...after.keys()].filter((p) => !before.has(p) || createHash('sha1').update(after.get(p)).digest('hex') !== createHash('sha1').update(before.get(p)).digest('hex'));
// Leave the tree as it was.
for (const p of changed) {
  if (before.has(p)) writeFileSync(p, before.get(p));
  else rmSync(p);
}
if (changed.length > 0) {
  console.error(`The schema has changes without a migration. Run "npm run db:generate" and commit:\n  ${changed.join('\n  ')}`);
  process.exit(1);
}
console.log('Migrations match the schema.');
