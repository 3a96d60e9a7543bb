import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../../http/context.ts';
import { loadActor } from './auth.service.ts';

export const SESSION_COOKIE = 'danvan_session';

/** Attach the actor of the session cookie, if any; routes decide whether one is needed. */
export const sessionMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  c.set('actor', undefined);
  c.set('sessionId', undefined);
  const token = getCookie(c, SESSION_COOKIE);
  if (token && token.length < 200) {
    const loaded = await loadActor(c.get('deps'), token);
    if (loaded) {
      c.set('actor', loaded.actor);
      c.set('sessionId', loaded.sessionId);
    } else {
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
    }
  }
  await next();
});

function secureCookie(c: Context<AppEnv>): boolean {
  const setting = c.get('deps').env.COOKIE_SECURE;
  if (setting !== 'auto') return setting === 'true';
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: secureCookie(c),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secureCookie(c) });
}
