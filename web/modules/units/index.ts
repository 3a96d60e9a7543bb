export { UnitsPage } from './pages/units-page.tsx';
export { UnitDetailPage } from './pages/unit-detail-page.tsx';
