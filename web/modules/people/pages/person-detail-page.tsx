import { ActionIcon, Anchor, Badge, Button, Card, Group, Menu, Modal, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBriefcase, IconDots, IconEdit, IconFlag, IconHistory, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { GENDER_LABELS } from '../../../../shared/labels.ts';
import { api, unwrap } from '../../../api/client.ts';
import { formatDate, formatInstant } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DetailPage, useRecordId } from '../../../ui/detail-page.tsx';
import { Field } from '../../../ui/field.tsx';
import { FormActions, useCheckedSubmit } from '../../../ui/form-actions.tsx';
import { FormModal } from '../../../ui/form-modal.tsx';
import { UnitLink } from '../../../ui/links.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { PageHeader } from '../../../ui/page.tsx';
import { useCan } from '../../auth/auth.queries.ts';
import { checkPersonForm, PersonFields, type PersonFormValues, personPayload, personToForm } from '../components/person-fields.tsx';
import { type PositionDialog, PositionDialogs } from '../components/position-dialogs.tsx';
import { SensitiveLabel } from '../components/sensitive-badge.tsx';
import { type PersonDetail, type Position, useInvalidatePeople, usePerson } from '../people.queries.ts';

/** Current positions first, then the latest started. */
const byRecency = (a: Position, b: Position) =>
  Number(b.current) - Number(a.current) || (b.startDate ?? '').localeCompare(a.startDate ?? '') || (b.endDate ?? '').localeCompare(a.endDate ?? '');

export function PersonDetailPage() {
  const { tr } = useI18n();
  const id = useRecordId();
  const query = usePerson(id);
  return (
    <DetailPage
      id={id}
      query={query}
      notFound={{
        list: { to: '/people', label: tr('Cán bộ', 'People'), back: tr('Về danh sách cán bộ', 'Back to people') },
        message: tr('Cán bộ này không tồn tại, đã bị xóa hoặc ngoài phạm vi của bạn.', 'This person does not exist, was deleted or is outside your scope.'),
      }}
    >
      {(person, refetch) => <PersonView person={person} refetch={refetch} />}
    </DetailPage>
  );
}

function PersonView({ person, refetch }: { person: PersonDetail; refetch: () => Promise<PersonDetail | undefined> }) {
  const { tr, label } = useI18n();
  const can = useCan();
  const editable = person.abilities.edit;
  const sensitive = 'ethnicity' in person;
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [dialog, setDialog] = useState<PositionDialog | null>(null);

  const positions = [...person.positions].sort(byRecency);
  const currentCount = positions.filter((p) => p.current).length;

  return (
    <Stack gap="md">
      <PageHeader
        title={person.fullName}
        subtitle={person.unitName}
        crumbs={[{ label: tr('Cán bộ', 'People'), to: '/people' }, { label: person.fullName }]}
        actions={
          <>
            {can('audit.read') && (
              <Button component={Link} to="/audit" search={{ entity: 'person', entityId: person.id } as never} variant="subtle" leftSection={<IconHistory size={16} />}>
                {tr('Lịch sử thay đổi', 'History')}
              </Button>
            )}
            {editable && (
              <>
                <Button variant="light" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
                  {tr('Sửa', 'Edit')}
                </Button>
                <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
                  {tr('Xóa', 'Delete')}
                </Button>
              </>
            )}
          </>
        }
      />

      <Card withBorder>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          <Field label={tr('Đơn vị công tác', 'Unit')}>
            <UnitLink id={person.unitId} size="sm">
              {person.unitName}
            </UnitLink>
          </Field>
          <Field label={tr('Giới tính', 'Gender')}>{person.gender ? label(GENDER_LABELS[person.gender]) : null}</Field>
          <Field label={tr('Năm sinh', 'Birth year')}>{person.birthYear}</Field>
          <Field label={tr('Điện thoại', 'Phone')}>{person.phone ? <Anchor href={`tel:${person.phone}`} size="sm">{person.phone}</Anchor> : null}</Field>
          <Field label={tr('Thư điện tử', 'E-mail')}>{person.email ? <Anchor href={`mailto:${person.email}`} size="sm">{person.email}</Anchor> : null}</Field>
          {sensitive && (
            <>
              <Field label={<SensitiveLabel>{tr('Dân tộc', 'Ethnicity')}</SensitiveLabel>}>{person.ethnicity}</Field>
              <Field label={<SensitiveLabel>{tr('Tôn giáo', 'Religion')}</SensitiveLabel>}>{person.religion}</Field>
            </>
          )}
          <Field label={tr('Cập nhật lần cuối', 'Last updated')}>{formatInstant(person.updatedAt)}</Field>
        </SimpleGrid>
      </Card>

      <Card withBorder>
        <Group justify="space-between" mb="md" wrap="wrap">
          <Title order={4}>{tr('Quá trình công tác', 'Positions')}</Title>
          {editable && (
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setDialog({ kind: 'add' })}>
              {tr('Thêm chức vụ', 'Add a position')}
            </Button>
          )}
        </Group>
        {positions.length === 0 ? (
          <Text c="dimmed" size="sm">
            {tr('Chưa ghi nhận chức vụ nào.', 'No positions recorded.')}
          </Text>
        ) : (
          <Timeline active={currentCount - 1} bulletSize={24} lineWidth={2}>
            {positions.map((pos) => (
              <Timeline.Item
                key={pos.id}
                bullet={<IconBriefcase size={13} />}
                title={
                  <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                    <Group gap={6} wrap="wrap">
                      <Text fw={600} size="sm">
                        {pos.title}
                      </Text>
                      {pos.isHead && (
                        <Badge size="xs" variant="filled">
                          {tr('Người đứng đầu', 'Head of unit')}
                        </Badge>
                      )}
                      <Badge size="xs" variant="light" color={pos.current ? 'green' : 'gray'}>
                        {pos.current ? tr('Đương nhiệm', 'Current') : tr('Đã kết thúc', 'Ended')}
                      </Badge>
                    </Group>
                    {editable && (
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon variant="subtle" color="gray" aria-label={tr(`Thao tác: ${pos.title}`, `Actions: ${pos.title}`)}>
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item leftSection={<IconEdit size={14} />} onClick={() => setDialog({ kind: 'edit', position: pos })}>
                            {tr('Sửa', 'Edit')}
                          </Menu.Item>
                          {pos.current && (
                            <Menu.Item leftSection={<IconFlag size={14} />} onClick={() => setDialog({ kind: 'end', position: pos })}>
                              {tr('Kết thúc chức vụ', 'End the position')}
                            </Menu.Item>
                          )}
                          <Menu.Item leftSection={<IconTrash size={14} />} color="red" onClick={() => setDialog({ kind: 'delete', position: pos })}>
                            {tr('Xóa', 'Delete')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    )}
                  </Group>
                }
              >
                <UnitLink id={pos.unitId} size="sm">
                  {pos.unitName ?? tr('Đơn vị', 'Unit')}
                </UnitLink>
                <Text size="xs" c="dimmed" mt={2}>
                  {pos.startDate ? formatDate(pos.startDate) : tr('Chưa rõ ngày bắt đầu', 'Start unknown')} – {pos.endDate ? formatDate(pos.endDate) : tr('nay', 'now')}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Card>

      <FormModal opened={editing} onClose={() => setEditing(false)} title={tr('Sửa thông tin cán bộ', 'Edit the person')} size="lg">
        <EditPersonForm person={person} refetch={refetch} onDone={() => setEditing(false)} />
      </FormModal>
      <Modal opened={deleting} onClose={() => setDeleting(false)} title={tr('Xóa cán bộ', 'Delete the person')}>
        <DeletePerson person={person} refetch={refetch} onCancel={() => setDeleting(false)} />
      </Modal>
      <PositionDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        personId={person.id}
        personUnitId={person.unitId}
        onReload={async () => (await refetch())?.positions ?? []}
      />
    </Stack>
  );
}

function EditPersonForm({ person, refetch, onDone }: { person: PersonDetail; refetch: () => Promise<PersonDetail | undefined>; onDone: () => void }) {
  const { tr } = useI18n();
  const invalidate = useInvalidatePeople();
  const sensitive = 'ethnicity' in person;
  const [values, setValues] = useState<PersonFormValues>(() => personToForm(person));
  const [version, setVersion] = useState(person.version);
  const mutation = useMutation({
    mutationFn: () => unwrap(api.persons[':id'].$put({ param: { id: person.id }, json: { ...personPayload(values, sensitive), version } })),
    onSuccess: async (saved) => {
      await invalidate();
      notifications.show({ color: 'green', message: tr(`Đã lưu thông tin ${saved.fullName}.`, `${saved.fullName} saved.`) });
      onDone();
    },
  });
  const reload = async () => {
    const fresh = await refetch();
    if (fresh) {
      setValues(personToForm(fresh));
      setVersion(fresh.version);
    }
    mutation.reset();
  };
  const { localErrors, submit } = useCheckedSubmit(() => checkPersonForm(values, tr), () => mutation.mutate());
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <MutationError error={mutation.error} onReload={reload} />
        <PersonFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} error={mutation.error} localErrors={localErrors} sensitive={sensitive} />
        <FormActions onCancel={onDone} busy={mutation.isPending} />
      </Stack>
    </form>
  );
}

function DeletePerson({ person, refetch, onCancel }: { person: PersonDetail; refetch: () => Promise<PersonDetail | undefined>; onCancel: () => void }) {
  const { tr } = useI18n();
  const navigate = useNavigate();
  const invalidate = useInvalidatePeople();
  const [version, setVersion] = useState(person.version);
  const mutation = useMutation({
    mutationFn: () => unwrap(api.persons[':id'].$delete({ param: { id: person.id }, query: { version: String(version) } })),
    onSuccess: async () => {
      await navigate({ to: '/people' });
      await invalidate();
      notifications.show({ color: 'green', message: tr(`Đã xóa cán bộ ${person.fullName}.`, `${person.fullName} deleted.`) });
    },
  });
  const reload = async () => {
    const fresh = await refetch();
    if (fresh) setVersion(fresh.version);
    mutation.reset();
  };
  return (
    <Stack gap="sm">
      <MutationError error={mutation.error} onReload={reload} />
      <Text size="sm">
        {tr(
          `Xóa hẳn cán bộ ${person.fullName} cùng toàn bộ quá trình công tác (${person.positions.length} chức vụ)? Thao tác này không hoàn tác được; thông tin cũ chỉ còn trong nhật ký thay đổi.`,
          `Delete ${person.fullName} and the whole career history (${person.positions.length} positions)? This cannot be undone; the old data stays only in the audit log.`,
        )}
      </Text>
      <FormActions onCancel={onCancel} onConfirm={() => mutation.mutate()} submitLabel={tr('Xóa cán bộ', 'Delete the person')} color="red" busy={mutation.isPending} />
    </Stack>
  );
}
