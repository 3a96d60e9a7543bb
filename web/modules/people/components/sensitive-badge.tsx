import { Badge, Group, Tooltip } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';

/** Marks ethnicity and religion: sensitive personal data under Law 91/2025/QH15. */
export function SensitiveBadge() {
  const { tr } = useI18n();
  return (
    <Tooltip
      multiline
      w={300}
      withArrow
      events={{ hover: true, focus: true, touch: true }}
      label={tr(
        'Dân tộc và tôn giáo là dữ liệu cá nhân nhạy cảm theo Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15). Chỉ vai trò được phép mới xem và sửa được; không ghi rõ giá trị vào nhật ký thay đổi, không chia sẻ ra ngoài mục đích công tác.',
        'Ethnicity and religion are sensitive personal data under the Personal Data Protection Law (Law 91/2025/QH15). Only permitted roles may see and edit them; the audit log masks their values; do not share them beyond official duties.',
      )}
    >
      <Badge component="span" size="xs" variant="light" color="orange" leftSection={<IconShieldLock size={10} />} tabIndex={0} style={{ cursor: 'help', verticalAlign: 'middle' }}>
        {tr('dữ liệu nhạy cảm', 'sensitive data')}
      </Badge>
    </Tooltip>
  );
}

/** The name of a sensitive field, followed by its SensitiveBadge. */
export function SensitiveLabel({ children }: { children: ReactNode }) {
  return (
    <Group gap={6} component="span" wrap="nowrap" display="inline-flex">
      {children} <SensitiveBadge />
    </Group>
  );
}
