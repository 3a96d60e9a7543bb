export { userRoutes } from './users.routes.ts';
export { insertUser, countUsers, findUserByUsername } from './users.repository.ts';
