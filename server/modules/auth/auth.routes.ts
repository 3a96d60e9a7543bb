import { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ROLE_PERMISSIONS } from '../../../shared/access.ts';
import { publicRoute, signedIn } from '../../http/auth.ts';
import { type Actor, type AppEnv, requireActor, serviceContext } from '../../http/context.ts';
import { createRateLimiter } from '../../http/security.ts';
import { validate } from '../../http/validate.ts';
import { AppError } from '../../lib/app-error.ts';
import { findUnitInScope, presentUnitSummary } from '../units/index.ts';
import { clearSessionCookie, setSessionCookie } from './auth.middleware.ts';
import { ChangePasswordInputSchema, LanguageInputSchema, LoginInputSchema } from './auth.schemas.ts';
import { changeOwnPassword, login, logout, setOwnLanguage } from './auth.service.ts';

function clientIp(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const presentMe = (actor: Actor, unit: ReturnType<typeof presentUnitSummary> | null) => ({
  id: actor.userId,
  username: actor.username,
  displayName: actor.displayName,
  role: actor.role,
  language: actor.language,
  unit,
  scopeRootId: actor.scope.rootUnitId,
  permissions: [...ROLE_PERMISSIONS[actor.role]],
});

export const createAuthRoutes = (loginRatePerMinute: number) => {
  const limiter = createRateLimiter(loginRatePerMinute, 60_000);
  return new Hono<AppEnv>()
    .post('/login', publicRoute(), validate('json', LoginInputSchema), async (c) => {
      const deps = c.get('deps');
      const ip = clientIp(c);
      if (limiter.hit(ip, deps.now().getTime())) {
        throw new AppError('RATE_LIMITED', {
          vi: 'Quá nhiều lần đăng nhập. Hãy thử lại sau một phút.',
          en: 'Too many sign-in attempts. Try again in a minute.',
        });
      }
      const session = await login(deps, c.req.valid('json'), { ip, userAgent: c.req.header('user-agent') });
      setSessionCookie(c, session.token, session.expiresAt);
      return c.json({ ok: true as const, language: session.user.language });
    })
    .post('/logout', publicRoute(), async (c) => {
      const sessionId = c.get('sessionId');
      if (sessionId) await logout(c.get('deps'), sessionId);
      clearSessionCookie(c);
      return c.json({ ok: true as const });
    })
    .get('/me', signedIn(), async (c) => {
      const actor = requireActor(c);
      const unit = await findUnitInScope(c.get('deps').db, actor.scope, actor.unitId);
      return c.json(presentMe(actor, unit ? presentUnitSummary(unit) : null));
    })
    .post('/password', signedIn(), validate('json', ChangePasswordInputSchema), async (c) => {
      const session = await changeOwnPassword(c.get('deps'), serviceContext(c), c.req.valid('json'));
      setSessionCookie(c, session.token, session.expiresAt);
      return c.json({ ok: true as const });
    })
    .put('/language', signedIn(), validate('json', LanguageInputSchema), async (c) => {
      await setOwnLanguage(serviceContext(c), c.req.valid('json').language);
      return c.json({ ok: true as const });
    });
};
