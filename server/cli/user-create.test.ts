import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { verifyPassword } from '../lib/password.ts';
import { findUserByUsername } from '../modules/users/index.ts';

const run = promisify(execFile);

describe('npm run user:create', () => {
  it('creates the first admin and its root unit in an empty deployment, and refuses a duplicate', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'danvan-cli-'));
    try {
      const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: '', DANVAN_PASSWORD: 'mat-khau-quan-tri-1' };
      const args = ['tsx', 'server/cli/user-create.ts', '--username', 'QuanTri', '--name', 'Nguyễn Văn Quản', '--root-unit', 'Tỉnh ủy Tây Ninh'];
      const { stdout } = await run('npx', args, { env });
      expect(stdout).toContain('Đã tạo tài khoản quantri (admin)');
      await expect(run('npx', args, { env })).rejects.toMatchObject({ stderr: expect.stringContaining('đã tồn tại') });

      const database = await openDatabase({ dataDir: path.join(dir, 'pglite') });
      try {
        const user = await findUserByUsername(database.db, 'quantri');
        expect(user?.role).toBe('admin');
        expect(user?.displayName).toBe('Nguyễn Văn Quản');
        expect(await verifyPassword(user!.passwordHash, 'mat-khau-quan-tri-1')).toBe(true);
        const rows = (await database.db.execute("select entity, action, actor_name from audit_log order by id")) as unknown as { rows: unknown[] };
        expect(rows.rows).toEqual([
          { entity: 'unit', action: 'create', actor_name: 'user:create' },
          { entity: 'user', action: 'create', actor_name: 'user:create' },
        ]);
      } finally {
        await database.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
