export { PeoplePage } from './pages/people-page.tsx';
export { PersonDetailPage } from './pages/person-detail-page.tsx';
/** Shared with the users and audit modules. */
export { PersonSelect } from './components/person-select.tsx';
export { SensitiveBadge } from './components/sensitive-badge.tsx';
export { usePersonName } from './people.queries.ts';
