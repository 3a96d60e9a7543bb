export { createAuthRoutes } from './auth.routes.ts';
export { sessionMiddleware, SESSION_COOKIE } from './auth.middleware.ts';
export { deleteSessionsOfUser } from './auth.repository.ts';
