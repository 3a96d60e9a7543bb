import { AppShell, Badge, Burger, Center, Group, Loader, Menu, NavLink, ScrollArea, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBuildingCommunity,
  IconCalendarDue,
  IconCalendarEvent,
  IconChartBar,
  IconChecklist,
  IconChevronDown,
  IconFileImport,
  IconFileText,
  IconHeartHandshake,
  IconHistory,
  IconHome,
  IconKey,
  IconListCheck,
  IconLogout,
  IconReportAnalytics,
  IconSearch,
  IconTrophy,
  IconUsers,
  IconUserShield,
  IconUsersGroup,
  IconMessages,
} from '@tabler/icons-react';
import { Link, Navigate, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Permission } from '../../shared/access.ts';
import { ROLE_LABELS } from '../../shared/labels.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useMe, useSignOut } from '../modules/auth/auth.queries.ts';
import { LanguageSwitch } from './language-switch.tsx';

interface NavItem {
  to?: string;
  vi: string;
  en: string;
  icon: ReactNode;
  permission?: Permission;
}

const NAV: NavItem[] = [
  { to: '/', vi: 'Tổng quan', en: 'Overview', icon: <IconHome size={18} /> },
  { to: '/units', vi: 'Đơn vị', en: 'Units', icon: <IconBuildingCommunity size={18} />, permission: 'unit.read' },
  { to: '/groups', vi: 'Cụm, khối thi đua', en: 'Emulation groups', icon: <IconUsersGroup size={18} />, permission: 'group.read' },
  { to: '/people', vi: 'Cán bộ', en: 'People', icon: <IconUsers size={18} />, permission: 'person.read' },
  { to: '/documents', vi: 'Văn bản', en: 'Documents', icon: <IconFileText size={18} />, permission: 'document.read' },
  { to: '/reviews', vi: 'Lịch sơ kết, tổng kết', en: 'Review calendar', icon: <IconCalendarDue size={18} />, permission: 'document.read' },
  { to: '/intake', vi: 'Nhập văn bản', en: 'Import texts', icon: <IconFileImport size={18} />, permission: 'intake.read' },
  { to: '/programmes', vi: 'Chương trình công tác', en: 'Work programmes', icon: <IconChecklist size={18} />, permission: 'task.read' },
  { to: '/tasks', vi: 'Nhiệm vụ', en: 'Tasks', icon: <IconListCheck size={18} />, permission: 'task.read' },
  { to: '/dashboard', vi: 'Theo dõi tiến độ', en: 'Progress tracking', icon: <IconChartBar size={18} />, permission: 'task.read' },
  { to: '/users', vi: 'Tài khoản', en: 'Accounts', icon: <IconUserShield size={18} />, permission: 'user.read' },
  { to: '/audit', vi: 'Nhật ký thay đổi', en: 'Audit log', icon: <IconHistory size={18} />, permission: 'audit.read' },
];

/** Places for the modules to come, shown so users see where the product is going. */
const COMING: NavItem[] = [
  { vi: 'Kiểm tra, giám sát', en: 'Inspection', icon: <IconSearch size={18} /> },
  { vi: 'Chương trình phối hợp', en: 'Coordination', icon: <IconHeartHandshake size={18} /> },
  { vi: 'Thi đua "Dân vận khéo"', en: 'Emulation & awards', icon: <IconTrophy size={18} /> },
  { vi: 'Tình hình nhân dân', en: 'People’s situation', icon: <IconMessages size={18} /> },
  { vi: 'Hội nghị', en: 'Conferences', icon: <IconCalendarEvent size={18} /> },
  { vi: 'Báo cáo', en: 'Reports', icon: <IconReportAnalytics size={18} /> },
];

export function AppLayout() {
  const { tr, label } = useI18n();
  const [opened, { toggle, close }] = useDisclosure();
  const { data: me, isLoading } = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  if (isLoading)
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  if (!me) return <Navigate to="/login" />;

  const visible = NAV.filter((n) => !n.permission || me.permissions.includes(n.permission));
  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={tr('Mở menu', 'Open menu')} />
            <Title order={4} c="red.8" style={{ whiteSpace: 'nowrap' }}>
              Dân vận số
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md" truncate>
              {me.unit?.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch signedIn />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton aria-label={tr('Tài khoản của tôi', 'My account')} data-testid="user-menu">
                  <Group gap={4} wrap="nowrap">
                    <Text size="sm" fw={500} truncate maw={160}>
                      {me.displayName}
                    </Text>
                    <IconChevronDown size={14} />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>
                  {label(ROLE_LABELS[me.role])} · {me.unit?.name}
                </Menu.Label>
                <Menu.Item leftSection={<IconKey size={14} />} onClick={() => void navigate({ to: '/account' })}>
                  {tr('Đổi mật khẩu', 'Change password')}
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconLogout size={14} />}
                  color="red"
                  onClick={async () => {
                    await signOut();
                    await navigate({ to: '/login' });
                  }}
                >
                  {tr('Đăng xuất', 'Sign out')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <ScrollArea>
          <nav aria-label={tr('Chức năng', 'Sections')}>
            {visible.map((n) => (
              <NavLink
                key={n.to}
                component={Link}
                to={n.to as string}
                label={tr(n.vi, n.en)}
                leftSection={n.icon}
                active={isActive(n.to as string)}
                onClick={close}
              />
            ))}
            <Text size="xs" c="dimmed" mt="md" mb={4} px="sm">
              {tr('Sắp có', 'Coming next')}
            </Text>
            {COMING.map((n) => (
              <NavLink
                key={n.vi}
                label={tr(n.vi, n.en)}
                leftSection={n.icon}
                disabled
                rightSection={
                  <Badge size="xs" variant="light" color="gray">
                    {tr('sắp có', 'soon')}
                  </Badge>
                }
              />
            ))}
          </nav>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
