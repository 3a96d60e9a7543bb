import path from 'node:path';
import { serve } from '@hono/node-server';
import nodemailer from 'nodemailer';
import { createApp } from './app.ts';
import { openDatabase } from './db/client.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, hasDemoData, isDatabaseEmpty, seedDemo } from './db/seed/index.ts';
import { parseEnv } from './env.ts';
import { loadCatalogue } from './modules/documents/index.ts';
import { sendDueReminders } from './modules/tasks/index.ts';
import { createLogger } from './lib/logger.ts';

/** read env → open db → migrate → (demo data) → serve */
async function main() {
  const started = Date.now();
  const env = parseEnv();
  const log = createLogger(env.LOG_LEVEL);
  const database = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.DATABASE_URL ? undefined : path.join(env.DATA_DIR, 'pglite'),
  });
  await database.migrate();
  const { db } = database;

  const catalogue = await loadCatalogue(db, new Date());
  if (catalogue.inserted || catalogue.updated)
    process.stdout.write(`Danh mục văn bản tham chiếu: thêm ${catalogue.inserted}, cập nhật ${catalogue.updated} (reference catalogue)\n`);
  for (const k of catalogue.keptLocalEdits) log.info('catalogue: kept local edits', { key: k.key, fields: k.fields });

  let loadedNow = false;
  if (env.DEMO_DATA && (await isDatabaseEmpty(db))) {
    process.stdout.write('Đang nạp dữ liệu mẫu (demo data)…\n');
    await seedDemo(db, { onProgress: (msg) => process.stdout.write(`  ${msg}\n`) });
    loadedNow = true;
  }

  const webDir = path.resolve(process.env.DANVAN_WEB_DIR ?? 'dist/web');
  const app = createApp({ db, engine: database.engine, env, log, now: () => new Date() }, { webDir });
  const showAccounts = env.DEMO_DATA && (loadedNow || (await hasDemoData(db)));
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => {
    const url = `http://localhost:${env.PORT}`;
    const where = database.engine === 'pglite' ? `PGlite, ${path.resolve(env.DATA_DIR)}` : 'PostgreSQL';
    const out = [`\nDân vận số đang chạy tại ${url}  (${where}; khởi động ${((Date.now() - started) / 1000).toFixed(1)} s)`];
    if (showAccounts) {
      out.push(`\nTài khoản mẫu — demo accounts (mật khẩu chung / password: ${DEMO_PASSWORD}):`);
      for (const a of DEMO_ACCOUNTS) out.push(`  ${a.username.padEnd(22)} ${a.roleLabel.padEnd(18)} ${a.unitLabel}`);
    }
    process.stdout.write(`${out.join('\n')}\n\n`);
  });

  if (env.SMTP_URL) {
    // Deadline reminders: once at start, then once a day; each task at most once a day.
    const transport = nodemailer.createTransport(env.SMTP_URL);
    const remind = () =>
      sendDueReminders(db, new Date(), transport, env.MAIL_FROM).then(
        (r) => {
          if (r.sent.length || r.failed.length) log.info('task reminders', { sent: r.sent.length, failed: r.failed.length });
          for (const f of r.failed) log.warn('task reminder not sent', { to: f.to, error: f.error });
        },
        (err: unknown) => log.error('task reminders failed', { error: err instanceof Error ? err.message : String(err) }),
      );
    void remind();
    setInterval(() => void remind(), 24 * 3600_000).unref();
  }

  const shutdown = () => {
    server.close();
    void database.close().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
