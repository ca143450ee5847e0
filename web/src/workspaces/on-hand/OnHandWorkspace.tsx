import { PageHeader } from '../../ui';

export function OnHandWorkspace() {
  return <PageHeader title="On-hand inquiry" />;
}
