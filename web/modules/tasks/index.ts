export { ProgrammesPage } from './pages/programmes-page.tsx';
export { ProgrammeDetailPage } from './pages/programme-detail-page.tsx';
export { TasksPage } from './pages/tasks-page.tsx';
export { TaskDetailPage } from './pages/task-detail-page.tsx';
export { DashboardPage } from './pages/dashboard-page.tsx';
