export { GroupsPage } from './pages/groups-page.tsx';
export { GroupDetailPage } from './pages/group-detail-page.tsx';
