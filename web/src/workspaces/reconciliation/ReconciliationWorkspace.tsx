import { PageHeader } from '../../ui';

export function ReconciliationWorkspace() {
  return <PageHeader title="Reconciliation" />;
}
