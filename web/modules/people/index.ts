export { PeoplePage } from './pages/people-page.tsx';
export { PersonDetailPage } from './pages/person-detail-page.tsx';
