import { PageHeader } from '../../ui';

export function SetupWorkspace() {
  return <PageHeader title="Setup" />;
}
