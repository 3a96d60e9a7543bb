export { createAuthRoutes } from './auth.routes.ts';
export { sessionMiddleware, SESSION_COOKIE } from './auth.middleware.ts';
