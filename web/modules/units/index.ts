export { UnitsPage } from './pages/units-page.tsx';
export { UnitDetailPage } from './pages/unit-detail-page.tsx';
export { UnitSelect, UnitMultiSelect, type UnitSelectProps, type UnitMultiSelectProps } from './components/unit-select.tsx';
export { useUnit, useUnitSearch, unitKeys } from './units.queries.ts';
