import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serveStatic } from '@hono/node-server/serve-static';
import { publicRoute } from './http/auth.ts';
import { buildOpenApi } from './http/openapi.ts';
import type { AppEnv, Deps } from './http/context.ts';
import { handleError } from './http/errors.ts';
import { csrfGuard, requestContext, securityHeaders } from './http/security.ts';
import { AppError } from './lib/app-error.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { ATTACHMENT_MAX_BYTES, documentRoutes } from './modules/documents/index.ts';

import { createAuthRoutes, sessionMiddleware } from './modules/auth/index.ts';
import { groupRoutes } from './modules/groups/index.ts';
import { personRoutes, positionRoutes } from './modules/people/index.ts';
import { programmeRoutes, taskRoutes } from './modules/tasks/index.ts';
import { intakeRoutes } from './modules/text-extraction/index.ts';
import { unitRoutes } from './modules/units/index.ts';
import { userRoutes } from './modules/users/index.ts';

const APP_VERSION = '0.1.0';

export interface AppOptions {
  /** Folder of the built web app; served with an SPA fallback when present. */
  webDir?: string;
}

function createApi(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/health', publicRoute(), (c) => c.json({ ok: true as const, engine: deps.engine }))
    .route('/auth', createAuthRoutes(deps.env.LOGIN_RATE_PER_MINUTE))
    .route('/units', unitRoutes)
    .route('/groups', groupRoutes)
    .route('/persons', personRoutes)
    .route('/positions', positionRoutes)
    .route('/users', userRoutes)
    .route('/audit', auditRoutes)
    .route('/documents', documentRoutes)
    .route('/programmes', programmeRoutes)
    .route('/tasks', taskRoutes)
    .route('/intake', intakeRoutes);
}

export type ApiType = ReturnType<typeof createApi>;

export function createApp(deps: Deps, options: AppOptions = {}) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', requestContext);
  app.use('*', securityHeaders);
  const smallBody = bodyLimit({ maxSize: 1024 * 1024 });
  // Uploads get the attachment limit plus room for the multipart envelope; the service names the exact limit.
  const uploadBody = bodyLimit({
    maxSize: ATTACHMENT_MAX_BYTES + 1024 * 1024,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE', {
        vi: `Tệp quá lớn; tối đa ${ATTACHMENT_MAX_BYTES / 1048576} MB.`,
        en: `The file is too large; the limit is ${ATTACHMENT_MAX_BYTES / 1048576} MB.`,
      });
    },
  });
  const isUpload = (path: string) => /\/(attachments|files|import)$/u.test(path);
  app.use('/api/*', (c, next) => {
    const method = c.req.method;
    // A GET or HEAD has no body to limit; asking for one would make @hono/node-server build a full
    // Request object on every read (3–4 % of the server's CPU under the load bench).
    if (method === 'GET' || method === 'HEAD') return next();
    return method === 'POST' && isUpload(c.req.path) ? uploadBody(c, next) : smallBody(c, next);
  });
  app.use('/api/*', csrfGuard(deps.env.PUBLIC_ORIGIN));
  app.use('/api/*', sessionMiddleware);
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.route('/api', createApi(deps));
  let openApi: ReturnType<typeof buildOpenApi> | undefined;
  app.get('/api/openapi.json', publicRoute(), (c) => c.json((openApi ??= buildOpenApi(app.routes, APP_VERSION))));
  app.all('/api/*', () => {
    throw new AppError('NOT_FOUND', { vi: 'Không có địa chỉ này.', en: 'No such endpoint.' }, { reason: 'NO_ROUTE' });
  });
  app.onError(handleError);

  const webDir = options.webDir;
  if (webDir && existsSync(path.join(webDir, 'index.html'))) {
    const indexHtml = readFileSync(path.join(webDir, 'index.html'), 'utf8');
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root: path.relative(process.cwd(), webDir) || '.' }));
    app.get('*', (c) => c.html(indexHtml));
  }
  return app;
}
