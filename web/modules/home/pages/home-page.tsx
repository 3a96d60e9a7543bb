import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconHistory, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ROLE_LABELS } from '../../../../shared/labels.ts';
import { api, unwrap } from '../../../api/client.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page.tsx';
import { useCan, useMe } from '../../auth/auth.queries.ts';

function useCount(key: string, enabled: boolean, fetcher: () => Promise<{ total: number }>) {
  return useQuery({ queryKey: ['home-count', key], queryFn: fetcher, enabled });
}

export function HomePage() {
  const { tr, label, lang } = useI18n();
  const { data: me } = useMe();
  const can = useCan();
  const units = useCount('units', can('unit.read'), () => unwrap(api.units.$get({ query: { pageSize: '1', status: 'active' } })));
  const people = useCount('people', can('person.read'), () => unwrap(api.persons.$get({ query: { pageSize: '1' } })));
  const groups = useCount('groups', can('group.read'), () => unwrap(api.groups.$get({ query: { pageSize: '1' } })));
  if (!me) return null;

  const cards = [
    { to: '/units', icon: <IconBuildingCommunity />, vi: 'Đơn vị đang hoạt động', en: 'Active units', n: units.data?.total, show: can('unit.read') },
    { to: '/people', icon: <IconUsers />, vi: 'Cán bộ', en: 'People', n: people.data?.total, show: can('person.read') },
    { to: '/groups', icon: <IconUsersGroup />, vi: 'Cụm, khối thi đua', en: 'Emulation groups', n: groups.data?.total, show: can('group.read') },
    { to: '/audit', icon: <IconHistory />, vi: 'Nhật ký thay đổi', en: 'Audit log', n: undefined, show: can('audit.read') },
  ].filter((c) => c.show);

  return (
    <Stack>
      <PageHeader
        title={tr(`Xin chào, ${me.displayName}`, `Welcome, ${me.displayName}`)}
        subtitle={
          <>
            {me.unit?.name} · <Badge variant="light">{label(ROLE_LABELS[me.role])}</Badge>
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        {cards.map((c) => (
          <Card key={c.to} component={Link} to={c.to} withBorder padding="lg" radius="md">
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {tr(c.vi, c.en)}
              </Text>
              <ThemeIcon variant="light" color="red">
                {c.icon}
              </ThemeIcon>
            </Group>
            <Title order={2} mt="sm">
              {c.n === undefined ? '—' : formatNumber(c.n, lang)}
            </Title>
          </Card>
        ))}
      </SimpleGrid>
      <Card withBorder radius="md">
        <Text fw={600}>{tr('Phạm vi của bạn', 'Your scope')}</Text>
        <Text size="sm" c="dimmed">
          {tr(
            'Bạn xem và cập nhật được dữ liệu của đơn vị mình và các đơn vị cấp dưới, kể cả đơn vị đã sáp nhập vào đơn vị của bạn.',
            'You see and change records of your unit and every unit under it, including units merged into yours.',
          )}
        </Text>
      </Card>
    </Stack>
  );
}
