import { PageHeader } from '../../ui';

export function IntegrationWorkspace() {
  return <PageHeader title="Integration monitoring" />;
}
