import { Alert, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconBuildingCommunity, IconEdit, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { GROUP_KIND_LABELS, UNIT_KIND_LABELS } from '../../../../shared/labels.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DetailPage, useRecordId } from '../../../ui/detail-page.tsx';
import { Field } from '../../../ui/field.tsx';
import { FormActions } from '../../../ui/form-actions.tsx';
import { UnitLink } from '../../../ui/links.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { PageHeader } from '../../../ui/page.tsx';
import { useCan } from '../../auth/auth.queries.ts';
import { useUnit } from '../../units/index.ts';
import { GroupFormModal } from '../components/group-form-modal.tsx';
import { type GroupDetail, groupKeys, useDeleteGroup, useGroup } from '../groups.queries.ts';

/** The owner's name: the detail answer carries only its id. */
function OwnerName({ id }: { id: string }) {
  const { data } = useUnit(id);
  return (
    <UnitLink id={id} size="sm">
      {data?.name ?? '…'}
    </UnitLink>
  );
}

function DeleteModal({ group, opened, onClose }: { group: GroupDetail; opened: boolean; onClose: () => void }) {
  const { tr } = useI18n();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const del = useDeleteGroup(group.id);
  const confirm = () =>
    del.mutate(group.version, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: tr(`Đã xóa “${group.name}”.`, `“${group.name}” deleted.`) });
        onClose();
        void navigate({ to: '/groups' }).then(() => qc.removeQueries({ queryKey: groupKeys.detail(group.id) }));
      },
    });
  return (
    <Modal opened={opened} onClose={onClose} title={tr('Xóa cụm, khối thi đua', 'Delete emulation group')}>
      <Stack gap="sm">
        <MutationError
          error={del.error}
          onReload={() => {
            del.reset();
            void qc.invalidateQueries({ queryKey: groupKeys.detail(group.id) });
          }}
        />
        <Alert color="red" icon={<IconAlertTriangle size={18} />}>
          {tr(
            `Xóa “${group.name}”? Các đơn vị thành viên không bị ảnh hưởng; thao tác được ghi vào nhật ký thay đổi.`,
            `Delete “${group.name}”? Member units are not affected; the change is recorded in the audit log.`,
          )}
        </Alert>
        <FormActions onCancel={onClose} onConfirm={confirm} submitLabel={tr('Xóa', 'Delete')} color="red" busy={del.isPending} mt={0} />
      </Stack>
    </Modal>
  );
}

export function GroupDetailPage() {
  const { tr } = useI18n();
  const id = useRecordId();
  const query = useGroup(id);
  return (
    <DetailPage
      id={id}
      query={query}
      notFound={{
        list: { to: '/groups', label: tr('Cụm, khối thi đua', 'Emulation groups'), back: tr('Về danh sách cụm, khối', 'Back to groups') },
        title: tr('Không tìm thấy cụm, khối thi đua', 'Emulation group not found'),
        message: tr('Cụm, khối không tồn tại, đã bị xóa hoặc nằm ngoài phạm vi của bạn.', 'It does not exist, was deleted, or is outside your scope.'),
      }}
    >
      {(group) => <GroupView group={group} />}
    </DetailPage>
  );
}

function GroupView({ group }: { group: GroupDetail }) {
  const { tr, label } = useI18n();
  const can = useCan();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const canWrite = can('group.write');
  return (
    <Stack gap="md">
      <PageHeader
        crumbs={[{ label: tr('Cụm, khối thi đua', 'Emulation groups'), to: '/groups' }, { label: group.name }]}
        title={group.name}
        subtitle={[label(GROUP_KIND_LABELS[group.kind]), group.year ? tr(`năm ${group.year}`, `year ${group.year}`) : null].filter(Boolean).join(' · ')}
        actions={
          canWrite && (
            <>
              <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setDialog('edit')}>
                {tr('Sửa', 'Edit')}
              </Button>
              <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')}>
                {tr('Xóa', 'Delete')}
              </Button>
            </>
          )
        }
      />
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="sm">
          <Field label={tr('Phân loại', 'Kind')}>{label(GROUP_KIND_LABELS[group.kind])}</Field>
          <Field label={tr('Năm thi đua', 'Year')}>{group.year}</Field>
          <Field label={tr('Đơn vị chủ trì', 'Owner unit')}>
            <OwnerName id={group.ownerUnitId} />
          </Field>
          <Field label={tr('Số đơn vị thành viên', 'Member units')}>{String(group.members.length)}</Field>
        </SimpleGrid>
        {group.note && (
          <Field label={tr('Ghi chú', 'Note')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {group.note}
            </Text>
          </Field>
        )}
      </Card>
      <Card withBorder padding="md">
        <Title order={4} mb="sm">
          {tr('Đơn vị thành viên', 'Member units')}
        </Title>
        {group.members.length === 0 ? (
          <Text size="sm" c="dimmed">
            {tr('Chưa có đơn vị thành viên.', 'No member units yet.')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6}>
            {group.members.map((m) => (
              <Group key={m.id} gap="xs" wrap="nowrap" align="baseline">
                <IconBuildingCommunity size={14} color="var(--mantine-color-gray-6)" style={{ flexShrink: 0 }} />
                <div style={{ minWidth: 0 }}>
                  <UnitLink id={m.id} size="sm" c={m.status === 'dissolved' ? 'dimmed' : undefined}>
                    {m.name}
                  </UnitLink>{' '}
                  <Text span size="xs" c="dimmed">
                    · {label(UNIT_KIND_LABELS[m.kind])}
                  </Text>{' '}
                  {m.status === 'dissolved' && (
                    <Badge size="xs" color="gray" variant="light">
                      {tr('đã giải thể', 'dissolved')}
                    </Badge>
                  )}
                </div>
              </Group>
            ))}
          </SimpleGrid>
        )}
      </Card>
      <GroupFormModal opened={dialog === 'edit'} onClose={() => setDialog(null)} group={group} />
      <DeleteModal group={group} opened={dialog === 'delete'} onClose={() => setDialog(null)} />
    </Stack>
  );
}
