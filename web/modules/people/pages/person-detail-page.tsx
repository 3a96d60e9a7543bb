import { ActionIcon, Anchor, Badge, Button, Card, Center, Group, Loader, Menu, Modal, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBriefcase, IconDots, IconEdit, IconFlag, IconHistory, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useState } from 'react';
import { GENDER_LABELS } from '../../../../shared/labels.ts';
import { api, ApiError, unwrap } from '../../../api/client.ts';
import { formatDate, formatInstant } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { ErrorAlert, PageHeader } from '../../../ui/page.tsx';
import { useCan } from '../../auth/auth.queries.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { MutationError } from '../components/mutation-error.tsx';
import { checkPersonForm, PersonFields, type PersonFormValues, personPayload, personToForm } from '../components/person-fields.tsx';
import { type PositionDialog, PositionDialogs } from '../components/position-dialogs.tsx';
import { SensitiveBadge } from '../components/sensitive-badge.tsx';
import { type PersonDetail, type Position, useInvalidatePeople, usePerson } from '../people.queries.ts';

/** Current positions first, then the latest started. */
const byRecency = (a: Position, b: Position) =>
  Number(b.current) - Number(a.current) || (b.startDate ?? '').localeCompare(a.startDate ?? '') || (b.endDate ?? '').localeCompare(a.endDate ?? '');

function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" component="div">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children === null || children === undefined || children === '' ? '—' : children}
      </Text>
    </Stack>
  );
}

export function PersonDetailPage() {
  const { tr } = useI18n();
  const { id } = useParams({ strict: false }) as { id?: string };
  const { data: person, error, isLoading, refetch } = usePerson(id);

  if (isLoading)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  if (error instanceof ApiError && error.status === 404)
    return (
      <Stack>
        <PageHeader title={tr('Không tìm thấy', 'Not found')} crumbs={[{ label: tr('Cán bộ', 'People'), to: '/people' }]} />
        <Text c="dimmed">{tr('Cán bộ này không tồn tại, đã bị xóa hoặc ngoài phạm vi của bạn.', 'This person does not exist, was deleted or is outside your scope.')}</Text>
        <Group>
          <Button component={Link} to="/people" variant="light">
            {tr('Về danh sách cán bộ', 'Back to people')}
          </Button>
        </Group>
      </Stack>
    );
  if (!person) return <ErrorAlert error={error} />;
  return (
    <PersonView
      person={person}
      refetch={async () => {
        const r = await refetch();
        return r.data;
      }}
    />
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
  const phone = useMediaQuery('(max-width: 36em)');

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
            <AnchorLink to="/units/$id" params={{ id: person.unitId }} size="sm">
              {person.unitName}
            </AnchorLink>
          </Field>
          <Field label={tr('Giới tính', 'Gender')}>{person.gender ? label(GENDER_LABELS[person.gender]) : null}</Field>
          <Field label={tr('Năm sinh', 'Birth year')}>{person.birthYear}</Field>
          <Field label={tr('Điện thoại', 'Phone')}>{person.phone ? <Anchor href={`tel:${person.phone}`} size="sm">{person.phone}</Anchor> : null}</Field>
          <Field label={tr('Thư điện tử', 'E-mail')}>{person.email ? <Anchor href={`mailto:${person.email}`} size="sm">{person.email}</Anchor> : null}</Field>
          {sensitive && (
            <>
              <Field
                label={
                  <Group gap={6}>
                    {tr('Dân tộc', 'Ethnicity')} <SensitiveBadge />
                  </Group>
                }
              >
                {person.ethnicity}
              </Field>
              <Field
                label={
                  <Group gap={6}>
                    {tr('Tôn giáo', 'Religion')} <SensitiveBadge />
                  </Group>
                }
              >
                {person.religion}
              </Field>
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
                <AnchorLink to="/units/$id" params={{ id: pos.unitId }} size="sm">
                  {pos.unitName ?? tr('Đơn vị', 'Unit')}
                </AnchorLink>
                <Text size="xs" c="dimmed" mt={2}>
                  {pos.startDate ? formatDate(pos.startDate) : tr('Chưa rõ ngày bắt đầu', 'Start unknown')} – {pos.endDate ? formatDate(pos.endDate) : tr('nay', 'now')}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Card>

      <Modal opened={editing} onClose={() => setEditing(false)} title={tr('Sửa thông tin cán bộ', 'Edit the person')} size="lg" fullScreen={!!phone}>
        <EditPersonForm person={person} refetch={refetch} onDone={() => setEditing(false)} />
      </Modal>
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
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [reloading, setReloading] = useState(false);
  const mutation = useMutation({
    mutationFn: () => unwrap(api.persons[':id'].$put({ param: { id: person.id }, json: { ...personPayload(values, sensitive), version } })),
    onSuccess: async (saved) => {
      await invalidate();
      notifications.show({ color: 'green', message: tr(`Đã lưu thông tin ${saved.fullName}.`, `${saved.fullName} saved.`) });
      onDone();
    },
  });
  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await refetch();
      if (fresh) {
        setValues(personToForm(fresh));
        setVersion(fresh.version);
      }
      mutation.reset();
    } finally {
      setReloading(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = checkPersonForm(values, tr);
    setLocalErrors(errors);
    if (Object.keys(errors).length === 0) mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <MutationError error={mutation.error} onReload={() => void reload()} reloading={reloading} />
        <PersonFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} error={mutation.error} localErrors={localErrors} sensitive={sensitive} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {tr('Hủy', 'Cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {tr('Lưu', 'Save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeletePerson({ person, refetch, onCancel }: { person: PersonDetail; refetch: () => Promise<PersonDetail | undefined>; onCancel: () => void }) {
  const { tr } = useI18n();
  const navigate = useNavigate();
  const invalidate = useInvalidatePeople();
  const [version, setVersion] = useState(person.version);
  const [reloading, setReloading] = useState(false);
  const mutation = useMutation({
    mutationFn: () => unwrap(api.persons[':id'].$delete({ param: { id: person.id }, query: { version: String(version) } })),
    onSuccess: async () => {
      await navigate({ to: '/people' });
      await invalidate();
      notifications.show({ color: 'green', message: tr(`Đã xóa cán bộ ${person.fullName}.`, `${person.fullName} deleted.`) });
    },
  });
  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await refetch();
      if (fresh) setVersion(fresh.version);
      mutation.reset();
    } finally {
      setReloading(false);
    }
  };
  return (
    <Stack gap="sm">
      <MutationError error={mutation.error} onReload={() => void reload()} reloading={reloading} />
      <Text size="sm">
        {tr(
          `Xóa hẳn cán bộ ${person.fullName} cùng toàn bộ quá trình công tác (${person.positions.length} chức vụ)? Thao tác này không hoàn tác được; thông tin cũ chỉ còn trong nhật ký thay đổi.`,
          `Delete ${person.fullName} and the whole career history (${person.positions.length} positions)? This cannot be undone; the old data stays only in the audit log.`,
        )}
      </Text>
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onCancel}>
          {tr('Hủy', 'Cancel')}
        </Button>
        <Button color="red" loading={mutation.isPending} onClick={() => mutation.mutate()}>
          {tr('Xóa cán bộ', 'Delete the person')}
        </Button>
      </Group>
    </Stack>
  );
}
