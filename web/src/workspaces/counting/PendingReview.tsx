import { useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n';
import { Card, DataTable, useListState } from '../../ui';
import { useWorkList, workColumns } from './CycleCountWork';
import { WorkDetail } from './WorkDetail';

/** Counts a worker made outside tolerance, waiting for a manager: pick one to see the figures and decide. */
export function PendingReview() {
  const { t } = useTranslation('counting');
  const list = useListState('review', []);
  const query = useWorkList(list, 'PendingReview');
  const [params, setParams] = useSearchParams();
  const selected = params.get('review.work') ?? undefined;
  const select = (workId: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('review.work', workId);
        return next;
      },
      { replace: true },
    );
  return (
    <div className="qs-stack">
      <Card title={t('review.title')}>
        <DataTable caption={t('review.caption')} columns={workColumns()} query={query} rowKey={(w) => w.workId} list={list} onSelect={(w) => select(w.workId)} selectedKey={selected} empty={t('review.empty')} />
      </Card>
      {selected && <WorkDetail key={selected} workId={selected} />}
    </div>
  );
}
