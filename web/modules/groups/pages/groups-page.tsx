import { PageHeader } from '../../../ui/page.tsx';

export function GroupsPage() {
  return <PageHeader title="Cụm, khối thi đua" />;
}
