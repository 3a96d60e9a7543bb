import { PageHeader } from '../../../ui/page.tsx';

export function UnitDetailPage() {
  return <PageHeader title="Đơn vị" />;
}
