import { Select, Stack, Switch, TextInput } from '@mantine/core';
import { ROLE_PERMISSIONS, ROLES, type Role } from '../../../../shared/access.ts';
import { PERMISSION_LABELS, ROLE_LABELS } from '../../../../shared/labels.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { fieldErrors } from '../../../ui/page.tsx';
import { PersonSelect } from '../../people/index.ts';
import { UnitSelect } from '../../units/index.ts';

export interface UserFormValues {
  displayName: string;
  unitId: string | null;
  role: Role | null;
  personId: string | null;
  active: boolean;
}

export function checkUserForm(v: UserFormValues, tr: (vi: string, en: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.unitId) errors.unitId = tr('Chọn đơn vị.', 'Choose a unit.');
  if (!v.role) errors.role = tr('Chọn vai trò.', 'Choose a role.');
  return errors;
}

/** Display name, unit, role, linked person and (when editing) whether the account is active. */
export function UserFields({
  values,
  onChange,
  error,
  localErrors = {},
  withActive = false,
  self = false,
}: {
  values: UserFormValues;
  onChange: (patch: Partial<UserFormValues>) => void;
  error: unknown;
  localErrors?: Record<string, string>;
  withActive?: boolean;
  /** Editing one's own account: role, unit and active cannot change. */
  self?: boolean;
}) {
  const { tr, label } = useI18n();
  const err = fieldErrors(error, localErrors);
  const selfNote = self ? tr('Bạn không thể tự đổi mục này cho chính mình.', 'You cannot change this for yourself.') : undefined;
  return (
    <Stack gap="sm">
      <PersonSelect
        label={tr('Cán bộ gắn với tài khoản', 'Linked person')}
        description={tr('Không bắt buộc. Chọn cán bộ sẽ điền sẵn tên hiển thị và đơn vị.', 'Optional. Choosing a person fills in the display name and unit.')}
        value={values.personId}
        onChange={(personId, person) =>
          onChange({
            personId,
            ...(person && !values.displayName.trim() ? { displayName: person.fullName } : {}),
            ...(person && !values.unitId && !self ? { unitId: person.unitId } : {}),
          })
        }
        error={err('personId')}
      />
      <TextInput
        label={tr('Tên hiển thị', 'Display name')}
        value={values.displayName}
        onChange={(e) => onChange({ displayName: e.currentTarget.value })}
        error={err('displayName')}
        required
        autoComplete="off"
      />
      {self ? (
        <TextInput label={tr('Đơn vị', 'Unit')} value={tr('(không đổi)', '(unchanged)')} description={selfNote} disabled />
      ) : (
        <UnitSelect label={tr('Đơn vị', 'Unit')} value={values.unitId} onChange={(unitId) => onChange({ unitId })} error={err('unitId')} required activeOnly />
      )}
      <Select
        label={tr('Vai trò', 'Role')}
        data={ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }))}
        value={values.role}
        onChange={(r) => onChange({ role: (r as Role | null) ?? null })}
        error={err('role')}
        required
        allowDeselect={false}
        disabled={self}
        description={
          selfNote ??
          (values.role
            ? `${tr('Được phép', 'May')}: ${ROLE_PERMISSIONS[values.role].map((p) => label(PERMISSION_LABELS[p]).toLowerCase()).join('; ')}.`
            : tr('Quyền hạn tùy theo vai trò; phạm vi là đơn vị của tài khoản và cấp dưới.', 'Rights follow the role; the scope is the account’s unit and below.'))
        }
      />
      {withActive && (
        <Switch
          label={tr('Tài khoản đang hoạt động', 'Account active')}
          description={
            self ? selfNote : tr('Tắt để khóa tài khoản: người dùng không đăng nhập được nữa.', 'Turn off to disable the account: the user can no longer sign in.')
          }
          checked={values.active}
          onChange={(e) => onChange({ active: e.currentTarget.checked })}
          disabled={self}
          error={err('active')}
        />
      )}
    </Stack>
  );
}
