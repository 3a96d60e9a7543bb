export { unitRoutes } from './units.routes.ts';
export { getVisibleUnit, scopeOfUnit, scopeOfUnitRows } from './units.service.ts';
export { presentUnitSummary, type UnitSummary } from './units.presenter.ts';
export { insertUnit, findUnitInScope, type UnitRow } from './units.repository.ts';
export * from './units.table.ts';
