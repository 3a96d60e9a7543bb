import { PageHeader } from '../../../ui/page.tsx';

export function PersonDetailPage() {
  return <PageHeader title="Cán bộ" />;
}
