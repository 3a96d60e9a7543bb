import { PageHeader } from '../../../ui/page.tsx';

export function UserDetailPage() {
  return <PageHeader title="Tài khoản" />;
}
