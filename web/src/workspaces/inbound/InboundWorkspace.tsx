import { PageHeader } from '../../ui';

export function InboundWorkspace() {
  return <PageHeader title="Inbound" />;
}
