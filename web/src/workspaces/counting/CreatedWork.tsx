import { Alert } from '../../ui';
import type { Work } from './CycleCountWork';

/** What a run of thresholds or a plan created, named so the planner can find the work. */
export function CreatedWork({ title, items }: { title: string; items: Work[] }) {
  return (
    <Alert tone="ok" title={`${title}: ${String(items.length)} cycle count work created`}>
      {items.length === 0 ? 'Nothing is due.' : items.map((w) => `${w.workId} (${w.locationId})`).join(', ')}
    </Alert>
  );
}
