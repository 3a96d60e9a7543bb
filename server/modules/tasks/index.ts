export { programmeRoutes, taskRoutes } from './tasks.routes.ts';
