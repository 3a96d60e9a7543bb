export { PeoplePage } from './pages/people-page.tsx';
export { PersonDetailPage } from './pages/person-detail-page.tsx';
/** Shared with the users and audit modules. */
export { PersonSelect } from './components/person-select.tsx';
export { DateField, isIsoDate } from './components/date-field.tsx';
export { MutationError, isStaleVersion } from './components/mutation-error.tsx';
export { SensitiveBadge } from './components/sensitive-badge.tsx';
export { useUrlSearch } from './components/url-search.ts';
export { AnchorLink } from './components/anchor-link.tsx';
export { usePersonName } from './people.queries.ts';
