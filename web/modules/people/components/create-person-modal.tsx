import { Checkbox, Divider, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, ApiError, unwrap } from '../../../api/client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DateField, isIsoDate } from '../../../ui/date-field.tsx';
import { FormActions, useCheckedSubmit } from '../../../ui/form-actions.tsx';
import { FormModal } from '../../../ui/form-modal.tsx';
import { ErrorAlert } from '../../../ui/page.tsx';
import { useCan } from '../../auth/auth.queries.ts';
import { useInvalidatePeople } from '../people.queries.ts';
import { checkPersonForm, emptyPersonForm, PersonFields, type PersonFormValues, personPayload } from './person-fields.tsx';

interface FirstPosition {
  title: string;
  isHead: boolean;
  startDate: string | null;
}

/** "Thêm cán bộ": the person and, optionally, the position they hold now. */
export function CreatePersonModal({ opened, onClose, unitId }: { opened: boolean; onClose: () => void; unitId: string | null }) {
  const { tr } = useI18n();
  return (
    <FormModal opened={opened} onClose={onClose} title={tr('Thêm cán bộ', 'Add a person')} size="lg">
      <CreatePersonForm unitId={unitId} onCancel={onClose} />
    </FormModal>
  );
}

function CreatePersonForm({ unitId, onCancel }: { unitId: string | null; onCancel: () => void }) {
  const { tr } = useI18n();
  const can = useCan();
  const sensitive = can('person.sensitive');
  const navigate = useNavigate();
  const invalidate = useInvalidatePeople();
  const [values, setValues] = useState<PersonFormValues>(() => emptyPersonForm(unitId));
  const [position, setPosition] = useState<FirstPosition>({ title: '', isHead: false, startDate: null });

  const mutation = useMutation({
    mutationFn: async () => {
      const person = await unwrap(api.persons.$post({ json: personPayload(values, sensitive) }));
      let failed: unknown = null;
      if (position.title.trim()) {
        try {
          await unwrap(
            api.persons[':id'].positions.$post({
              param: { id: person.id },
              json: { unitId: person.unitId, title: position.title, isHead: position.isHead, startDate: position.startDate, endDate: null },
            }),
          );
        } catch (e) {
          failed = e;
        }
      }
      return { person, failed };
    },
    onSuccess: async ({ person, failed }) => {
      await invalidate();
      notifications.show({ color: 'green', message: tr(`Đã thêm cán bộ ${person.fullName}.`, `${person.fullName} added.`) });
      if (failed)
        notifications.show({
          color: 'orange',
          autoClose: false,
          title: tr('Chưa lưu được chức vụ', 'The position was not saved'),
          message: `${failed instanceof ApiError ? failed.message : String(failed)} ${tr('Hãy thêm lại ở trang cán bộ.', 'Add it again on the person’s page.')}`,
        });
      void navigate({ to: '/people/$id', params: { id: person.id } });
    },
  });

  const check = () => {
    const errors = checkPersonForm(values, tr);
    if (position.startDate && !isIsoDate(position.startDate)) errors.startDate = tr('Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.', 'Not a valid date; type dd/mm/yyyy.');
    if (position.isHead && !position.title.trim()) errors.title = tr('Nhập chức vụ, hoặc bỏ chọn "Người đứng đầu".', 'Give the title, or untick "Head of unit".');
    return errors;
  };
  const { localErrors, submit } = useCheckedSubmit(check, () => mutation.mutate());

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} />
        <PersonFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} error={mutation.error} localErrors={localErrors} sensitive={sensitive} />
        <Divider label={tr('Vị trí công tác hiện nay (không bắt buộc)', 'Current post (optional)')} labelPosition="left" mt="xs" />
        <Text size="xs" c="dimmed" mt={-8}>
          {tr('Nếu nhập, chức vụ được ghi nhận tại đơn vị công tác ở trên.', 'If given, the position is recorded in the unit above.')}
        </Text>
        <TextInput
          label={tr('Chức vụ', 'Title')}
          placeholder={tr('Ví dụ: Trưởng ban, Chuyên viên', 'e.g. Head of commission, Specialist')}
          value={position.title}
          onChange={(e) => {
            const title = e.currentTarget.value;
            setPosition((p) => ({ ...p, title }));
          }}
          autoComplete="off"
          error={localErrors.title}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateField
            label={tr('Ngày bắt đầu', 'Start date')}
            value={position.startDate}
            onChange={(startDate) => setPosition((p) => ({ ...p, startDate }))}
            error={localErrors.startDate}
          />
          <Checkbox
            mt={{ base: 4, xs: 34 }}
            label={tr('Người đứng đầu', 'Head of unit')}
            checked={position.isHead}
            onChange={(e) => {
              const isHead = e.currentTarget.checked;
              setPosition((p) => ({ ...p, isHead }));
            }}
          />
        </SimpleGrid>
        <FormActions onCancel={onCancel} busy={mutation.isPending} />
      </Stack>
    </form>
  );
}
