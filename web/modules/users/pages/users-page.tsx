import { PageHeader } from '../../../ui/page.tsx';

export function UsersPage() {
  return <PageHeader title="Tài khoản" />;
}
