import { PageHeader } from '../../ui';

export function OutboundWorkspace() {
  return <PageHeader title="Outbound" />;
}
