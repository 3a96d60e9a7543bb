import { createApp } from '../app.ts';
import type { Database } from '../db/client.ts';
import { type Env, parseEnv } from '../env.ts';
import type { Deps } from '../http/context.ts';
import { createLogger } from '../lib/logger.ts';
import { createTestDatabase } from './test-db.ts';

export const TEST_ORIGIN = 'http://localhost';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: Deps;
  database: Database;
  /** Move the test clock. */
  setNow(date: Date): void;
  close(): Promise<void>;
}

export async function createTestApp(envOverrides: Partial<Record<keyof Env, string>> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  let now = new Date('2026-03-02T02:00:00Z');
  const deps: Deps = {
    db: database.db,
    engine: database.engine,
    env: parseEnv({ LOG_LEVEL: 'silent', ...envOverrides }),
    log: createLogger('silent'),
    now: () => now,
  };
  return {
    app: createApp(deps),
    deps,
    database,
    setNow: (d) => {
      now = d;
    },
    close: () => database.close(),
  };
}

export interface Call {
  status: number;
  body: any;
  headers: Headers;
}

/** A browser-like client: same-origin headers and a cookie jar of one session cookie. */
export function clientFor(t: TestApp, cookie?: string) {
  let jar = cookie;
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Call> => {
    const res = await t.app.request(`${TEST_ORIGIN}${path}`, {
      method,
      headers: {
        origin: TEST_ORIGIN,
        'sec-fetch-site': 'same-origin',
        ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
        ...(jar ? { cookie: jar } : {}),
        ...headers,
      },
      ...(body instanceof FormData ? { body } : body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /danvan_session=([^;]*)/u.exec(setCookie);
      if (m) jar = m[1] ? `danvan_session=${m[1]}` : undefined;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  return {
    get: (path: string, headers?: Record<string, string>) => call('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => call('POST', path, body ?? {}, headers),
    put: (path: string, body?: unknown, headers?: Record<string, string>) => call('PUT', path, body ?? {}, headers),
    del: (path: string, headers?: Record<string, string>) => call('DELETE', path, undefined, headers),
    call,
    get cookie() {
      return jar;
    },
  };
}
export type Client = ReturnType<typeof clientFor>;

export async function signIn(t: TestApp, username: string, password: string): Promise<Client> {
  const client = clientFor(t);
  const res = await client.post('/api/auth/login', { username, password });
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return client;
}
