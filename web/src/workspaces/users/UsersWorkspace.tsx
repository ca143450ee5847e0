import { PageHeader } from '../../ui';

export function UsersWorkspace() {
  return <PageHeader title="Users" />;
}
