import { Link } from 'react-router';
import { useTranslation } from '../../i18n';
import { useCycleCountWork, useReviewCycleCount } from '../../api/cycle-counting';
import { Button, Card, DataTable, Empty, Fetched, formatDateTime, formatQuantity, KeyValues, ProblemAlert, StatusPill, type Column, wholeList } from '../../ui';
import { ledgerHref } from '../../app/stock-links';
import { useInventoryUnits } from '../../api/item-units';
import { where, type JournalLine } from './shared';
import { useMay } from '../../auth/roles';

const DECISIONS = [
  { decision: 'Accept', label: 'Accept', hint: 'adjust on-hand to the count', variant: 'primary' },
  { decision: 'Reject', label: 'Reject', hint: 'keep on-hand as it is', variant: 'danger' },
  { decision: 'Recount', label: 'Recount', hint: 'send it back to be counted again', variant: 'secondary' },
] as const;

/** One piece of cycle count work with its lines; in Pending review a manager decides on it here. */
export function WorkDetail({ workId, backTo }: { workId: string; backTo?: { to: string; label: string } }) {
  const { t } = useTranslation('counting');
  // Counting decisions (posting, review) are the managers'; planners see and create work.
  const mayDecide = useMay('warehouse_manager');
  const work = useCycleCountWork(workId);
  const unitOf = useInventoryUnits(work.data?.lines.map((l) => l.itemNumber) ?? []);
  const review = useReviewCycleCount(workId);
  const q = (l: JournalLine, v: number | null) => formatQuantity(v, unitOf(l.itemNumber));
  const columns: Column<JournalLine>[] = [
    { header: t('workDetail.line'), numeric: true, cell: (l) => l.lineNumber },
    {
      header: t('workDetail.item'),
      cell: (l) => (
        <Link to={ledgerHref(l)} aria-label={t('journal.ledgerOf', { item: l.itemNumber, line: l.lineNumber })}>
          {l.itemNumber}
        </Link>
      ),
    },
    { header: t('workDetail.where'), cell: where },
    { header: t('workDetail.owner'), cell: (l) => l.ownerId },
    { header: t('workDetail.status'), cell: (l) => l.inventoryStatusId },
    { header: t('workDetail.snapshot'), numeric: true, cell: (l) => q(l, l.snapshotQuantity) },
    { header: t('workDetail.movedSince'), numeric: true, cell: (l) => q(l, l.movedSinceSnapshotQuantity) },
    { header: t('workDetail.onHandAtCount'), numeric: true, cell: (l) => q(l, l.onHandQuantity) },
    { header: t('workDetail.counted'), numeric: true, cell: (l) => q(l, l.countedQuantity) },
    { header: t('workDetail.difference'), numeric: true, cell: (l) => (l.adjustmentQuantity === null ? '—' : `${l.adjustmentQuantity > 0 ? '+' : ''}${q(l, l.adjustmentQuantity)}`) },
  ];
  return (
    <Fetched query={work} what={t('workDetail.loading')}>
      {(w) => (
        <div className="qs-stack">
          {backTo && (
            <p>
              <Link to={backTo.to}>{backTo.label}</Link>
            </p>
          )}
          <Card title={t('workDetail.title', { id: w.workId })}>
            <KeyValues
              entries={[
                [t('workDetail.status'), <StatusPill key="s" status={w.status} />],
                [t('workDetail.outcome'), <StatusPill key="o" status={w.outcome} />],
                [t('workDetail.location'), `${w.warehouseId} / ${w.locationId}`],
                [t('workDetail.item'), w.itemNumber ?? t('work.allItems')],
                [t('workDetail.createdBy'), w.originId ? `${w.createdBy} ${w.originId}` : w.createdBy],
                [t('workDetail.tolerance'), [w.maxPercentage !== null ? `${String(w.maxPercentage)} %` : null, w.maxQuantity !== null ? formatQuantity(w.maxQuantity) : null].filter(Boolean).join(t('plans.or')) || t('workDetail.noTolerance')],
                [t('workDetail.counted'), w.countedAt ? t('journals.byWhom', { at: formatDateTime(w.countedAt), who: w.countedBy ?? '—' }) : '—'],
                [t('workDetail.recounts'), String(w.recounts)],
                [t('workDetail.closed'), w.closedAt ? t('journals.byWhom', { at: formatDateTime(w.closedAt), who: w.closedBy ?? '—' }) : '—'],
                [t('workDetail.journal'), <Link key="j" to={`/workspaces/counting/journals/${w.journalId}`}>{w.journalId}</Link>],
              ]}
            />
            {w.lines.length === 0 ? (
              <Empty>{t('workDetail.noLines')}</Empty>
            ) : (
              <DataTable caption={t('workDetail.caption', { id: w.workId })} columns={columns} query={wholeList(w.lines)} rowKey={(l) => l.lineNumber} />
            )}
            {w.status === 'PendingReview' && mayDecide && (
              <div className="qs-row" role="group" aria-label={t('workDetail.decide', { id: w.workId })}>
                {DECISIONS.map((d) => (
                  <Button key={d.decision} variant={d.variant} title={t(`workDetail.hint.${d.decision}`)} busy={review.isPending && review.variables === d.decision} disabled={review.isPending} onClick={() => review.mutate(d.decision)}>
                    {t(`workDetail.decision.${d.decision}`)}
                  </Button>
                ))}
              </div>
            )}
            <ProblemAlert error={review.error} />
          </Card>
        </div>
      )}
    </Fetched>
  );
}
