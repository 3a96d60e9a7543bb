/**
 * `npm run db:seed`: load the demo data into an empty database.
 * Reads the same settings as the server (DATABASE_URL, DATA_DIR), migrates,
 * and refuses to touch a database that already holds units.
 */
import path from 'node:path';
import { openDatabase } from '../db/client.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemo } from '../db/seed/index.ts';
import { parseEnv } from '../env.ts';

async function main(): Promise<number> {
  const env = parseEnv();
  const dataDir = env.DATABASE_URL ? undefined : path.join(env.DATA_DIR, 'pglite');
  const where = dataDir ? `PGlite, ${path.resolve(dataDir)}` : 'PostgreSQL (DATABASE_URL)';
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir });
  try {
    await database.migrate();
    if (!(await isDatabaseEmpty(database.db))) {
      process.stderr.write(
        `Cơ sở dữ liệu (${where}) đã có dữ liệu; không nạp dữ liệu mẫu để tránh trộn lẫn.\n` +
          'Hãy dùng một cơ sở dữ liệu trống (ví dụ: đặt DATA_DIR khác, hoặc xóa dữ liệu bằng npm run db:reset).\n' +
          `The database (${where}) is not empty; demo data was not loaded.\n`,
      );
      return 1;
    }
    process.stdout.write(`Đang nạp dữ liệu mẫu vào ${where}…\n`);
    const started = Date.now();
    await seedDemo(database.db, { onProgress: (msg) => process.stdout.write(`  ${msg}\n`) });
    process.stdout.write(`Xong (${((Date.now() - started) / 1000).toFixed(1)} s).\n`);
    process.stdout.write(`\nTài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):\n`);
    for (const a of DEMO_ACCOUNTS) process.stdout.write(`  ${a.username.padEnd(22)} ${a.roleLabel.padEnd(18)} ${a.unitLabel}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
