export { userRoutes } from './users.routes.ts';
export {
  countUsers,
  findUserById,
  findUserByUsername,
  insertUser,
  recordLoginFailure,
  recordLoginSuccess,
  resetLoginFailures,
  setUserLanguage,
  updateUserRow,
  type UserRow,
} from './users.repository.ts';
