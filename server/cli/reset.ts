// Drop everything and start again: the PGlite data folder, or every table of the PostgreSQL database.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../db/client.ts';
import { seedDemo } from '../db/seed/index.ts';
import { parseEnv } from '../env.ts';

const env = parseEnv();
if (!process.argv.includes('--yes')) {
  console.error('Lệnh này XÓA TOÀN BỘ dữ liệu. Chạy lại với --yes để xác nhận: npm run db:reset -- --yes');
  process.exit(2);
}
if (env.DATABASE_URL) {
  const database = await openDatabase({ url: env.DATABASE_URL });
  await database.db.execute(sql`drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;`);
  await database.close();
} else {
  rmSync(path.join(env.DATA_DIR, 'pglite'), { recursive: true, force: true });
}
const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATABASE_URL ? undefined : path.join(env.DATA_DIR, 'pglite') });
await database.migrate();
if (env.DEMO_DATA) await seedDemo(database.db, { onProgress: (m) => console.log(`  ${m}`) });
console.log(env.DEMO_DATA ? 'Đã tạo lại cơ sở dữ liệu với dữ liệu mẫu.' : 'Đã tạo lại cơ sở dữ liệu trống.');
await database.close();
