import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, insertTestUser, TEST_PASSWORD, type World } from '../../test/factories.ts';
import { clientFor, createTestApp, signIn, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let world: World;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '5', LOGIN_LOCK_MINUTES: '15', LOGIN_RATE_PER_MINUTE: '1000' });
  world = await buildWorld(t.deps.db);
});
afterAll(() => t.close());

const newUser = async (role: 'specialist' | 'viewer' = 'specialist') => insertTestUser(t.deps.db, world.relationUnit.own.id, role);

describe('sign-in', () => {
  it('opens a server-side session in an httpOnly, SameSite cookie', async () => {
    const user = await newUser();
    const client = clientFor(t);
    const res = await client.post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/danvan_session=[A-Za-z0-9_-]{43}/u);
    expect(cookie).toMatch(/HttpOnly/iu);
    expect(cookie).toMatch(/SameSite=Lax/iu);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.username).toBe(user.username);
    expect(me.body.scopeRootId).toBe(world.units.D1?.id);
    expect(me.body.permissions).toContain('unit.write');
  });

  it('refuses a wrong password with one message for both wrong name and wrong password', async () => {
    const user = await newUser();
    const wrongPassword = await clientFor(t).post('/api/auth/login', { username: user.username, password: 'sai-mat-khau-roi' });
    const wrongName = await clientFor(t).post('/api/auth/login', { username: 'khong-co-ai', password: 'sai-mat-khau-roi' });
    expect(wrongPassword.status).toBe(401);
    expect(wrongName.status).toBe(401);
    expect(wrongPassword.body.error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(wrongName.body.error.message).toBe(wrongPassword.body.error.message);
  });

  it('answers in English when the UI is in English', async () => {
    const res = await clientFor(t).post('/api/auth/login', { username: 'nobody', password: 'x' }, { 'accept-language': 'en' });
    expect(res.body.error.message).toBe('Wrong user name or password.');
  });

  it('logout revokes the session', async () => {
    const user = await newUser();
    const client = await signIn(t, user.username, TEST_PASSWORD);
    const stolen = clientFor(t, client.cookie);
    expect((await stolen.get('/api/auth/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect((await stolen.get('/api/auth/me')).status).toBe(401);
  });

  it('a password change revokes every session and only the new password works', async () => {
    const user = await newUser();
    const a = await signIn(t, user.username, TEST_PASSWORD);
    const b = await signIn(t, user.username, TEST_PASSWORD);
    const oldA = clientFor(t, a.cookie);
    const res = await a.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-2026' });
    expect(res.status).toBe(200);
    expect((await b.get('/api/auth/me')).status).toBe(401);
    expect((await oldA.get('/api/auth/me')).status).toBe(401);
    expect((await a.get('/api/auth/me')).status).toBe(200);
    expect((await clientFor(t).post('/api/auth/login', { username: user.username, password: TEST_PASSWORD })).status).toBe(401);
    expect((await clientFor(t).post('/api/auth/login', { username: user.username, password: 'mat-khau-moi-2026' })).status).toBe(200);
  });

  it('refuses a password change with a wrong current password, naming the field', async () => {
    const user = await newUser();
    const a = await signIn(t, user.username, TEST_PASSWORD);
    const res = await a.post('/api/auth/password', { currentPassword: 'sai-mat-khau', newPassword: 'mat-khau-moi-2026' });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.error.fields)).toEqual(['currentPassword']);
    expect((await a.get('/api/auth/me')).status).toBe(200);
  });

  it('locks the account for a while after 5 failures in a row, even for the right password', async () => {
    const user = await newUser();
    for (let i = 0; i < 4; i++) {
      const r = await clientFor(t).post('/api/auth/login', { username: user.username, password: `sai-${i}-mat-khau` });
      expect(r.body.error.reason).toBe('BAD_CREDENTIALS');
    }
    const fifth = await clientFor(t).post('/api/auth/login', { username: user.username, password: 'sai-lan-nam' });
    expect(fifth.status).toBe(401);
    expect(fifth.body.error.reason).toBe('ACCOUNT_LOCKED');
    const right = await clientFor(t).post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
    expect(right.status).toBe(401);
    expect(right.body.error.reason).toBe('ACCOUNT_LOCKED');
    expect(right.body.error.message).toMatch(/tạm khóa/u);

    const base = t.deps.now();
    t.setNow(new Date(base.getTime() + 16 * 60_000));
    try {
      const later = await clientFor(t).post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
      expect(later.status).toBe(200);
    } finally {
      t.setNow(base);
    }
  });

  it('rejects an inactive account', async () => {
    const user = await newUser();
    const { users } = await import('../users/users.table.ts');
    const { eq } = await import('drizzle-orm');
    await t.deps.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect((await clientFor(t).post('/api/auth/login', { username: user.username, password: TEST_PASSWORD })).status).toBe(401);
  });
});

describe('request protection', () => {
  it('refuses a cross-origin POST even with a valid session', async () => {
    const user = await newUser();
    const client = await signIn(t, user.username, TEST_PASSWORD);
    const body = { parentId: world.relationUnit.own.id, name: 'Chi hội mới', kind: 'mass_association', level: 'district' };
    const evil = await client.post('/api/units', body, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(evil.status).toBe(403);
    expect(evil.body.error.reason).toBe('CROSS_ORIGIN');
    const noHeaders = await client.call('POST', '/api/units', body, { origin: '', 'sec-fetch-site': '' });
    expect(noHeaders.status).toBe(403);
    const same = await client.post('/api/units', body);
    expect(same.status).toBe(201);
  });

  it('rate-limits sign-in attempts per client', async () => {
    const limited = await createTestApp({ LOGIN_RATE_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await clientFor(limited).post('/api/auth/login', { username: 'a', password: 'b' })).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('sends security headers', async () => {
    const res = await clientFor(t).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('denies unknown API routes and anonymous access', async () => {
    expect((await clientFor(t).get('/api/units')).status).toBe(401);
    const unknown = await clientFor(t).get('/api/khong-co');
    expect(unknown.status).toBe(404);
  });
});
