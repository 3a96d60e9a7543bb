import { PageHeader } from '../../../ui/page.tsx';

export function AuditPage() {
  return <PageHeader title="Nhật ký thay đổi" />;
}
