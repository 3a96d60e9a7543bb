import { PageHeader } from '../../../ui/page.tsx';

export function GroupDetailPage() {
  return <PageHeader title="Cụm, khối thi đua" />;
}
