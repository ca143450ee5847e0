import { PageHeader } from '../../ui';

export function CountingWorkspace() {
  return <PageHeader title="Counting" />;
}
