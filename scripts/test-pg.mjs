// `npm run test:pg`: the same suite on a real PostgreSQL server; each test file
// creates its own database there and drops it afterwards.
import { spawnSync } from 'node:child_process';

const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
console.log(`Chạy kiểm thử trên PostgreSQL: ${url.replace(/:[^:@/]*@/u, ':***@')}`);
const r = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: url } });
process.exit(r.status ?? 1);
