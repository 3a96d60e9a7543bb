export { UnitsPage } from './pages/units-page.tsx';
export { UnitDetailPage } from './pages/unit-detail-page.tsx';
export { UnitSelect, UnitMultiSelect, type UnitSelectProps, type UnitMultiSelectProps } from './components/unit-select.tsx';
export { UnitLink, PersonLink } from './components/links.tsx';
export { FormError, isStaleVersion } from './components/form-error.tsx';
export { useUnit, useUnitSearch, unitKeys } from './units.queries.ts';
