import { PageHeader } from '../../../ui/page.tsx';

export function PeoplePage() {
  return <PageHeader title="Cán bộ" />;
}
