import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { createRootRoute, createRoute, createRouter, Link, Outlet } from '@tanstack/react-router';
import { useI18n } from './lib/i18n.tsx';
import { AuditPage } from './modules/audit/index.ts';
import { DocumentDetailPage, DocumentsPage, ReviewsPage } from './modules/documents/index.ts';
import { AccountPage } from './modules/auth/pages/account-page.tsx';
import { SignInPage } from './modules/auth/pages/sign-in-page.tsx';
import { GroupDetailPage, GroupsPage } from './modules/groups/index.ts';
import { HomePage } from './modules/home/pages/home-page.tsx';
import { IntakePage, IntakeReviewPage } from './modules/intake/index.ts';
import { PeoplePage, PersonDetailPage } from './modules/people/index.ts';
import { UnitDetailPage, UnitsPage } from './modules/units/index.ts';
import { DashboardPage, ProgrammeDetailPage, ProgrammesPage, TaskDetailPage, TasksPage } from './modules/tasks/index.ts';
import { UserDetailPage, UsersPage } from './modules/users/index.ts';
import { AppLayout } from './ui/app-layout.tsx';

function NotFoundPage() {
  const { tr } = useI18n();
  return (
    <Center mih="60vh">
      <Stack align="center">
        <Title order={2}>{tr('Không tìm thấy trang', 'Page not found')}</Title>
        <Text c="dimmed">{tr('Địa chỉ không tồn tại hoặc bạn không có quyền xem.', 'The address does not exist or you may not see it.')}</Text>
        <Button component={Link} to="/">
          {tr('Về trang chủ', 'Home')}
        </Button>
      </Stack>
    </Center>
  );
}

const rootRoute = createRootRoute({ component: Outlet, notFoundComponent: NotFoundPage });
const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/login', component: SignInPage });
const appRoute = createRoute({ getParentRoute: () => rootRoute, id: 'app', component: AppLayout });

const page = <P extends string>(path: P, component: () => React.ReactNode) => createRoute({ getParentRoute: () => appRoute, path, component });

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    page('/', HomePage),
    page('/units', UnitsPage),
    page('/units/$id', UnitDetailPage),
    page('/groups', GroupsPage),
    page('/groups/$id', GroupDetailPage),
    page('/people', PeoplePage),
    page('/people/$id', PersonDetailPage),
    page('/documents', DocumentsPage),
    page('/documents/$id', DocumentDetailPage),
    page('/reviews', ReviewsPage),
    page('/intake', IntakePage),
    page('/intake/$id', IntakeReviewPage),
    page('/programmes', ProgrammesPage),
    page('/programmes/$id', ProgrammeDetailPage),
    page('/tasks', TasksPage),
    page('/tasks/$id', TaskDetailPage),
    page('/dashboard', DashboardPage),
    page('/users', UsersPage),
    page('/users/$id', UserDetailPage),
    page('/audit', AuditPage),
    page('/account', AccountPage),
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', defaultNotFoundComponent: NotFoundPage });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
