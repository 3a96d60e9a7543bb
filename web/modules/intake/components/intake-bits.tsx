import { Badge, type BadgeProps } from '@mantine/core';
import { INTAKE_STATUS_LABELS, type IntakeStatus } from '../../../../shared/intake.ts';
import { useI18n } from '../../../lib/i18n.tsx';

const STATUS_COLORS: Record<IntakeStatus, string> = { pending: 'yellow', accepted: 'green', rejected: 'gray' };

export function IntakeStatusBadge({ status, ...rest }: { status: IntakeStatus } & BadgeProps) {
  const { label } = useI18n();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} size="sm" tt="none" c={status === 'pending' ? 'yellow.9' : undefined} {...rest}>
      {label(INTAKE_STATUS_LABELS[status])}
    </Badge>
  );
}
