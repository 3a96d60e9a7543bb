export { UsersPage } from './pages/users-page.tsx';
export { UserDetailPage } from './pages/user-detail-page.tsx';
