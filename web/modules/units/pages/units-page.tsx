import { PageHeader } from '../../../ui/page.tsx';

export function UnitsPage() {
  return <PageHeader title="Đơn vị" />;
}
