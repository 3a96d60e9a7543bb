export { auditRoutes } from './audit.routes.ts';
export { recordChange, recordChanges, type Change } from './audit.service.ts';
