import { Badge, Button, Card, Center, Group, Loader, Pagination, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { AnchorLink } from '../components/anchor-link.tsx';
import { useState } from 'react';
import { GENDER_LABELS } from '../../../../shared/labels.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { ErrorAlert, PageHeader } from '../../../ui/page.tsx';
import { useCan, useMe } from '../../auth/auth.queries.ts';
import { UnitSelect } from '../../units/index.ts';
import { CreatePersonModal } from '../components/create-person-modal.tsx';
import { useUrlSearch } from '../components/url-search.ts';
import { usePersons } from '../people.queries.ts';

const PAGE_SIZE = 20;

export function PeoplePage() {
  const { tr, label, lang } = useI18n();
  const can = useCan();
  const { data: me } = useMe();
  const search = useUrlSearch('/people');
  const q = search.get('q') ?? '';
  const unitId = search.get('unitId') ?? null;
  const subtree = search.get('subtree') !== 'false';
  const page = Math.max(1, Number(search.get('page') ?? 1) || 1);
  const creating = search.get('new') === '1' && can('person.write');

  const [text, setText] = useState(q);
  const [seenQ, setSeenQ] = useState(q);
  const pushQ = useDebouncedCallback((value: string) => void search.set({ q: value.trim(), page: undefined }), 300);
  if (q !== seenQ) {
    // The address changed (Back, a link): show its search unless the user is still typing.
    setSeenQ(q);
    if (text.trim() !== q && !pushQ.isPending()) setText(q);
  }

  const { data, error, isLoading, isFetching } = usePersons({ q, unitId: unitId ?? undefined, subtree, page, pageSize: PAGE_SIZE });
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Stack gap="md">
      <PageHeader
        title={tr('Cán bộ', 'People')}
        subtitle={tr('Cán bộ, công chức làm công tác dân vận trong phạm vi của bạn.', 'Officials doing mass-mobilisation work within your scope.')}
        actions={
          can('person.write') && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => void search.set({ new: 1 })}>
              {tr('Thêm cán bộ', 'Add a person')}
            </Button>
          )
        }
      />

      <Card withBorder padding="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={tr('Tìm kiếm', 'Search')}
            placeholder={tr('Họ và tên, gõ có dấu hoặc không dấu', 'Full name, with or without diacritics')}
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              pushQ(e.currentTarget.value);
            }}
            style={{ flex: '1 1 240px' }}
            type="search"
          />
          <div style={{ flex: '1 1 260px' }}>
            <UnitSelect label={tr('Đơn vị', 'Unit')} value={unitId} onChange={(id) => void search.set({ unitId: id, page: undefined })} />
          </div>
          <Switch
            label={tr('Kể cả đơn vị cấp dưới', 'Include sub-units')}
            checked={subtree}
            disabled={!unitId}
            onChange={(e) => void search.set({ subtree: e.currentTarget.checked ? undefined : 'false', page: undefined })}
            mb={8}
          />
        </Group>
      </Card>

      <ErrorAlert error={error} />

      {isLoading ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : data && data.items.length === 0 ? (
        <Card withBorder>
          <Text c="dimmed" ta="center" py="md">
            {q || unitId ? tr('Không có cán bộ nào phù hợp.', 'No matching people.') : tr('Chưa có cán bộ nào.', 'No people yet.')}
          </Text>
        </Card>
      ) : data ? (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={760} type="native">
            <Table striped highlightOnHover verticalSpacing="sm" style={{ opacity: isFetching ? 0.7 : 1 }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tr('Họ và tên', 'Full name')}</Table.Th>
                  <Table.Th>{tr('Giới tính', 'Gender')}</Table.Th>
                  <Table.Th>{tr('Năm sinh', 'Born')}</Table.Th>
                  <Table.Th>{tr('Đơn vị', 'Unit')}</Table.Th>
                  <Table.Th>{tr('Chức vụ hiện nay', 'Current positions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <AnchorLink to="/people/$id" params={{ id: p.id }} fw={500}>
                        {p.fullName}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{p.gender ? label(GENDER_LABELS[p.gender]) : '—'}</Table.Td>
                    <Table.Td>{p.birthYear ?? '—'}</Table.Td>
                    <Table.Td>{p.unitName ?? '—'}</Table.Td>
                    <Table.Td>
                      {p.positions.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      ) : (
                        <Stack gap={2}>
                          {p.positions.map((pos) => (
                            <Group key={pos.id} gap={6} wrap="nowrap">
                              <Text size="sm">
                                {pos.title}
                                {pos.unitName && pos.unitId !== p.unitId ? (
                                  <Text span size="sm" c="dimmed">
                                    {' '}
                                    · {pos.unitName}
                                  </Text>
                                ) : null}
                              </Text>
                              {pos.isHead && (
                                <Badge size="xs" variant="light" style={{ flexShrink: 0 }}>
                                  {tr('Đứng đầu', 'Head')}
                                </Badge>
                              )}
                            </Group>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ) : null}

      {data && data.total > 0 && (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {tr(`Tổng số: ${formatNumber(data.total, lang)} cán bộ`, `${formatNumber(data.total, lang)} people in total`)}
          </Text>
          {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={(p) => void search.set({ page: p === 1 ? undefined : p })} size="sm" siblings={1} />}
        </Group>
      )}

      {/* A new person goes to the unit being looked at, else to the user's own unit. */}
      <CreatePersonModal opened={creating} onClose={() => void search.set({ new: undefined })} unitId={unitId ?? (me?.unit?.status === 'active' ? me.unit.id : null)} />
    </Stack>
  );
}
