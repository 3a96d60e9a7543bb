import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';
import type { Lang } from '../../shared/labels.ts';
import { AppError } from '../lib/app-error.ts';
import { newId } from '../lib/ids.ts';
import type { AppEnv } from './context.ts';

export const requestContext = createMiddleware<AppEnv>(async (c, next) => {
  c.set('requestId', newId().slice(0, 8));
  c.set('lang', pickLanguage(c.req.header('accept-language'), c.req.header('cookie')));
  await next();
});

/** The UI sends its language in Accept-Language; a `lang` cookie wins when present. */
export function pickLanguage(acceptLanguage: string | undefined, cookie: string | undefined): Lang {
  const fromCookie = /(?:^|;\s*)lang=(vi|en)\b/u.exec(cookie ?? '')?.[1];
  if (fromCookie === 'vi' || fromCookie === 'en') return fromCookie;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    baseUri: ["'self'"],
    objectSrc: ["'none'"],
  },
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
  referrerPolicy: 'same-origin',
  crossOriginEmbedderPolicy: false,
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
});

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for every state-changing request: browsers send
 * Sec-Fetch-Site and/or Origin; the request must come from our own origin.
 * A request with neither header is refused too (fail closed).
 */
export const csrfGuard = (publicOrigin: string | undefined) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const fetchSite = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const own = publicOrigin ?? new URL(c.req.url).origin;
    const sameSite = fetchSite === 'same-origin' || fetchSite === 'none';
    const sameOrigin = origin !== undefined && (origin === own || origin === new URL(c.req.url).origin);
    const allowed = fetchSite !== undefined ? sameSite && (origin === undefined || sameOrigin) : sameOrigin;
    if (!allowed) {
      throw new AppError(
        'FORBIDDEN',
        { vi: 'Yêu cầu bị từ chối vì không xuất phát từ trang của hệ thống.', en: 'Request refused: it did not come from this site.' },
        { reason: 'CROSS_ORIGIN' },
      );
    }
    return next();
  });

/** Fixed-window counter per key, in memory (one server process). */
export function createRateLimiter(limit: number, windowMs: number) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return {
    /** Count one hit; true when the key is over its limit. */
    hit(key: string, now: number): boolean {
      const entry = hits.get(key);
      if (!entry || entry.resetAt <= now) {
        if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
        hits.set(key, { count: 1, resetAt: now + windowMs });
        return false;
      }
      entry.count++;
      return entry.count > limit;
    },
  };
}
