export { auditRoutes } from './audit.routes.ts';
export { recordChange, recordChanges, recordSystemChange, type Change } from './audit.service.ts';
