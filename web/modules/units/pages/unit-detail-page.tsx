import { Alert, Badge, Button, Card, Grid, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowsJoin, IconBuildingCommunity, IconEdit, IconPlus, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { UNIT_KIND_LABELS, UNIT_LEVEL_LABELS } from '../../../../shared/labels.ts';
import { formatDate } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DetailPage, useRecordId } from '../../../ui/detail-page.tsx';
import { Field } from '../../../ui/field.tsx';
import { PersonLink, UnitLink } from '../../../ui/links.tsx';
import { ErrorAlert, PageHeader } from '../../../ui/page.tsx';
import { useCan } from '../../auth/auth.queries.ts';
import { DissolveUnitModal, MergeUnitsModal } from '../components/reorganize-modals.tsx';
import { UnitStatusBadge } from '../components/unit-badges.tsx';
import { CreateUnitModal, EditUnitModal } from '../components/unit-form-modal.tsx';
import { type UnitDetail, type UnitPosition, useUnit, useUnitChildren, useUnitPositions } from '../units.queries.ts';

function Children({ unitId }: { unitId: string }) {
  const { tr, label } = useI18n();
  const { data, error, isLoading } = useUnitChildren(unitId);
  const items = data?.items ?? [];
  return (
    <Card withBorder padding="md">
      <Title order={4} mb="sm">
        {tr('Đơn vị trực thuộc', 'Sub-units')} {data ? <Text span c="dimmed" size="sm">({items.length})</Text> : null}
      </Title>
      <ErrorAlert error={error} />
      {isLoading && <Loader size="sm" />}
      {data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {tr('Không có đơn vị trực thuộc.', 'No sub-units.')}
        </Text>
      )}
      <Stack gap={6}>
        {items.map((c) => (
          <Group key={c.id} gap="xs" wrap="nowrap" align="baseline">
            <IconBuildingCommunity size={14} color="var(--mantine-color-gray-6)" style={{ flexShrink: 0 }} />
            <div style={{ minWidth: 0 }}>
              <UnitLink id={c.id} size="sm" c={c.status === 'dissolved' ? 'dimmed' : undefined}>
                {c.name}
              </UnitLink>{' '}
              <Text span size="xs" c="dimmed">
                · {label(UNIT_KIND_LABELS[c.kind])}
                {c.childCount > 0 ? ` · ${tr(`${c.childCount} đơn vị trực thuộc`, `${c.childCount} sub-units`)}` : ''}
              </Text>{' '}
              {c.status === 'dissolved' && <UnitStatusBadge status={c.status} short />}
            </div>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

function PositionRows({ items }: { items: UnitPosition[] }) {
  const { tr } = useI18n();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const period = (p: UnitPosition) => `${formatDate(p.startDate) || '…'} – ${p.endDate ? formatDate(p.endDate) : tr('nay', 'now')}`;
  const head = (p: UnitPosition) =>
    p.isHead ? (
      <Badge size="xs" variant="light" ml={6} tt="none">
        {tr('người đứng đầu', 'head')}
      </Badge>
    ) : null;
  const past = (p: UnitPosition) =>
    !p.current ? (
      <Badge size="xs" variant="light" color="gray" ml={6} tt="none">
        {tr('đã thôi', 'former')}
      </Badge>
    ) : null;

  if (isPhone)
    return (
      <Stack gap="xs">
        {items.map((p) => (
          <Card key={p.id} withBorder padding="xs" radius="sm" opacity={p.current ? 1 : 0.7}>
            <PersonLink id={p.personId} size="sm" fw={500}>
              {p.personName ?? '—'}
            </PersonLink>
            <Text size="sm">
              {p.title}
              {head(p)}
              {past(p)}
            </Text>
            <Text size="xs" c="dimmed">
              {period(p)}
            </Text>
          </Card>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={460}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{tr('Họ và tên', 'Name')}</Table.Th>
            <Table.Th>{tr('Chức vụ', 'Title')}</Table.Th>
            <Table.Th>{tr('Thời gian', 'Period')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id} opacity={p.current ? 1 : 0.7}>
              <Table.Td>
                <PersonLink id={p.personId} size="sm">
                  {p.personName ?? '—'}
                </PersonLink>
              </Table.Td>
              <Table.Td>
                <Text size="sm" component="div">
                  {p.title}
                  {head(p)}
                  {past(p)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{period(p)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Positions({ unit }: { unit: UnitDetail }) {
  const { tr } = useI18n();
  const can = useCan();
  const { data, error, isLoading } = useUnitPositions(unit.id);
  // Current positions first, heads first among them; then former ones, latest first.
  const items = [...(data?.items ?? [])].sort(
    (a, b) => Number(b.current) - Number(a.current) || Number(b.isHead) - Number(a.isHead) || (b.startDate ?? '').localeCompare(a.startDate ?? ''),
  );
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={4}>{tr('Cán bộ, chức vụ', 'People and positions')}</Title>
        {can('person.write') && unit.status === 'active' && (
          <Button
            renderRoot={(props) => <Link {...props} to="/people" search={{ unitId: unit.id, new: 1 }} />}
            size="xs"
            variant="light"
            leftSection={<IconUserPlus size={14} />}
          >
            {tr('Thêm cán bộ', 'Add a person')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error} />
      {isLoading && <Loader size="sm" />}
      {data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {tr('Chưa có cán bộ nào giữ chức vụ tại đơn vị này.', 'Nobody holds a position in this unit yet.')}
        </Text>
      )}
      {items.length > 0 && <PositionRows items={items} />}
    </Card>
  );
}

type Dialog = 'edit' | 'child' | 'dissolve' | 'merge' | null;

export function UnitDetailPage() {
  const { tr } = useI18n();
  const id = useRecordId();
  const query = useUnit(id);
  return (
    <DetailPage
      id={id}
      query={query}
      notFound={{
        list: { to: '/units', label: tr('Đơn vị', 'Units'), back: tr('Về danh sách đơn vị', 'Back to units') },
        title: tr('Không tìm thấy đơn vị', 'Unit not found'),
        message: tr('Đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn.', 'The unit does not exist or is outside your scope.'),
      }}
    >
      {(unit) => <UnitView unit={unit} />}
    </DetailPage>
  );
}

function UnitView({ unit }: { unit: UnitDetail }) {
  const { tr, label } = useI18n();
  const can = useCan();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const { abilities } = unit;
  const dissolved = unit.status === 'dissolved';
  const actions = (
    <>
      {abilities.edit && (
        <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setDialog('edit')}>
          {tr('Sửa', 'Edit')}
        </Button>
      )}
      {abilities.createChild && (
        <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setDialog('child')}>
          {tr('Thêm đơn vị trực thuộc', 'Add sub-unit')}
        </Button>
      )}
      {abilities.reorganize && (
        <Button variant="light" color="orange" leftSection={<IconArrowsJoin size={16} />} onClick={() => setDialog('merge')}>
          {tr('Sáp nhập', 'Merge')}
        </Button>
      )}
      {abilities.reorganize && (
        <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('dissolve')}>
          {tr('Giải thể', 'Dissolve')}
        </Button>
      )}
    </>
  );

  return (
    <Stack gap="md">
      <PageHeader
        crumbs={[{ label: tr('Đơn vị', 'Units'), to: '/units' }, ...unit.ancestors.map((a) => ({ label: a.shortName || a.name, to: `/units/${a.id}` }))]}
        title={
          <>
            {unit.name} {dissolved && <UnitStatusBadge status={unit.status} />}
          </>
        }
        subtitle={[unit.shortName, label(UNIT_KIND_LABELS[unit.kind]), label(UNIT_LEVEL_LABELS[unit.level])].filter(Boolean).join(' · ')}
        actions={abilities.edit || abilities.createChild || abilities.reorganize ? actions : undefined}
      />

      {dissolved && (
        <Alert color="gray" title={tr('Đơn vị đã giải thể', 'Dissolved unit')}>
          <Text size="sm">
            {unit.successorId ? tr('Đã sáp nhập/giải thể', 'Merged/dissolved') : tr('Đã giải thể', 'Dissolved')}
            {unit.validTo ? ` ${tr('ngày', 'on')} ${formatDate(unit.validTo)}` : ''}
            {unit.successor ? (
              <>
                {tr(', kế thừa bởi ', ', succeeded by ')}
                <UnitLink id={unit.successor.id} size="sm">
                  {unit.successor.name}
                </UnitLink>
              </>
            ) : unit.successorId ? (
              tr(', kế thừa bởi một đơn vị ngoài phạm vi của bạn', ', succeeded by a unit outside your scope')
            ) : (
              tr(', không có đơn vị kế thừa', ', with no successor')
            )}
            .
          </Text>
          {unit.dissolutionNote && (
            <Text size="sm" mt={4} c="dimmed">
              {unit.dissolutionNote}
            </Text>
          )}
          <Text size="xs" mt={4} c="dimmed">
            {tr('Hồ sơ của đơn vị được giữ nguyên để tra cứu; không sửa được nữa.', 'Its records are kept for reference and can no longer be edited.')}
          </Text>
        </Alert>
      )}

      <Card withBorder padding="md">
        <Title order={4} mb="sm">
          {tr('Thông tin đơn vị', 'Unit details')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm">
          <Field label={tr('Tên đầy đủ', 'Full name')}>{unit.name}</Field>
          <Field label={tr('Tên viết tắt', 'Short name')}>{unit.shortName}</Field>
          <Field label={tr('Ký hiệu', 'Code')}>{unit.code}</Field>
          <Field label={tr('Loại hình', 'Kind')}>{label(UNIT_KIND_LABELS[unit.kind])}</Field>
          <Field label={tr('Cấp hành chính', 'Level')}>{label(UNIT_LEVEL_LABELS[unit.level])}</Field>
          <Field label={tr('Trạng thái', 'Status')}>
            <UnitStatusBadge status={unit.status} />
          </Field>
          <Field label={tr('Trực thuộc', 'Parent unit')}>
            {unit.ancestors.length > 0 ? (
              <UnitLink id={(unit.ancestors[unit.ancestors.length - 1] as { id: string }).id} size="sm">
                {unit.ancestors[unit.ancestors.length - 1]?.name}
              </UnitLink>
            ) : null}
          </Field>
          <Field label={tr('Hiệu lực', 'Valid')}>
            {unit.validFrom || unit.validTo ? `${unit.validFrom ? formatDate(unit.validFrom) : '…'} – ${unit.validTo ? formatDate(unit.validTo) : tr('nay', 'now')}` : null}
          </Field>
        </SimpleGrid>
      </Card>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: can('person.read') ? 5 : 12 }}>
          <Children unitId={unit.id} />
        </Grid.Col>
        {can('person.read') && (
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Positions unit={unit} />
          </Grid.Col>
        )}
      </Grid>

      <EditUnitModal opened={dialog === 'edit'} onClose={close} unit={unit} />
      <CreateUnitModal opened={dialog === 'child'} onClose={close} parentId={unit.id} />
      <DissolveUnitModal opened={dialog === 'dissolve'} onClose={close} unit={unit} />
      <MergeUnitsModal opened={dialog === 'merge'} onClose={close} unit={unit} />
    </Stack>
  );
}
