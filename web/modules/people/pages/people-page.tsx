import { Badge, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { GENDER_LABELS } from '../../../../shared/labels.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { PersonLink } from '../../../ui/links.tsx';
import { FilterBar, ListFooter, ListResults, ResultsTable, UrlSearchInput } from '../../../ui/list.tsx';
import { AddButton, ErrorAlert, PageHeader } from '../../../ui/page.tsx';
import { useUrlSearch } from '../../../ui/url-search.ts';
import { useCan, useMe } from '../../auth/auth.queries.ts';
import { UnitSelect } from '../../units/index.ts';
import { CreatePersonModal } from '../components/create-person-modal.tsx';
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
  const { page } = search;
  const creating = search.get('new') === '1' && can('person.write');

  const { data, error, isLoading, isFetching } = usePersons({ q, unitId: unitId ?? undefined, subtree, page, pageSize: PAGE_SIZE });

  return (
    <Stack gap="md">
      <PageHeader
        title={tr('Cán bộ', 'People')}
        subtitle={tr('Cán bộ, công chức làm công tác dân vận trong phạm vi của bạn.', 'Officials doing mass-mobilisation work within your scope.')}
        actions={can('person.write') && <AddButton onClick={() => void search.set({ new: 1 })}>{tr('Thêm cán bộ', 'Add a person')}</AddButton>}
      />

      <FilterBar>
        <UrlSearchInput
          search={search}
          label={tr('Tìm kiếm', 'Search')}
          placeholder={tr('Họ và tên, gõ có dấu hoặc không dấu', 'Full name, with or without diacritics')}
          style={{ flex: '1 1 240px' }}
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
      </FilterBar>

      <ErrorAlert error={error} />

      <ListResults
        loading={isLoading}
        empty={data?.items.length === 0}
        emptyText={q || unitId ? tr('Không có cán bộ nào phù hợp.', 'No matching people.') : tr('Chưa có cán bộ nào.', 'No people yet.')}
      >
        {data && (
          <ResultsTable minWidth={760} fetching={isFetching}>
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
                    <PersonLink id={p.id} fw={500}>
                      {p.fullName}
                    </PersonLink>
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
          </ResultsTable>
        )}
      </ListResults>

      {data && (
        <ListFooter
          summary={tr(`Tổng số: ${formatNumber(data.total, lang)} cán bộ`, `${formatNumber(data.total, lang)} people in total`)}
          total={data.total}
          pageSize={PAGE_SIZE}
          page={page}
          onChange={search.setPage}
        />
      )}

      {/* A new person goes to the unit being looked at, else to the user's own unit. */}
      <CreatePersonModal opened={creating} onClose={() => void search.set({ new: undefined })} unitId={unitId ?? (me?.unit?.status === 'active' ? me.unit.id : null)} />
    </Stack>
  );
}
