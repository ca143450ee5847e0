import { Alert } from '../../ui';
import { useTranslation } from '../../i18n';
import type { Work } from './CycleCountWork';

/** What a run of thresholds or a plan created, named so the planner can find the work. */
export function CreatedWork({ title, items }: { title: string; items: Work[] }) {
  const { t } = useTranslation('counting');
  return (
    <Alert tone="ok" title={t('created.title', { title, count: items.length })}>
      {items.length === 0 ? t('created.nothingDue') : items.map((w) => `${w.workId} (${w.locationId})`).join(', ')}
    </Alert>
  );
}
