import { Link } from 'react-router';
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
  // Counting decisions (posting, review) are the managers'; planners see and create work.
  const mayDecide = useMay('warehouse_manager');
  const work = useCycleCountWork(workId);
  const unitOf = useInventoryUnits(work.data?.lines.map((l) => l.itemNumber) ?? []);
  const review = useReviewCycleCount(workId);
  const q = (l: JournalLine, v: number | null) => formatQuantity(v, unitOf(l.itemNumber));
  const columns: Column<JournalLine>[] = [
    { header: 'Line', numeric: true, cell: (l) => l.lineNumber },
    {
      header: 'Item',
      cell: (l) => (
        <Link to={ledgerHref(l)} aria-label={`${l.itemNumber}, line ${String(l.lineNumber)}: ledger history`}>
          {l.itemNumber}
        </Link>
      ),
    },
    { header: 'Where', cell: where },
    { header: 'Owner', cell: (l) => l.ownerId },
    { header: 'Status', cell: (l) => l.inventoryStatusId },
    { header: 'Snapshot', numeric: true, cell: (l) => q(l, l.snapshotQuantity) },
    { header: 'Moved since', numeric: true, cell: (l) => q(l, l.movedSinceSnapshotQuantity) },
    { header: 'On-hand at count', numeric: true, cell: (l) => q(l, l.onHandQuantity) },
    { header: 'Counted', numeric: true, cell: (l) => q(l, l.countedQuantity) },
    { header: 'Difference', numeric: true, cell: (l) => (l.adjustmentQuantity === null ? '—' : `${l.adjustmentQuantity > 0 ? '+' : ''}${q(l, l.adjustmentQuantity)}`) },
  ];
  return (
    <Fetched query={work} what="Loading the cycle count work">
      {(w) => (
        <div className="qs-stack">
          {backTo && (
            <p>
              <Link to={backTo.to}>{backTo.label}</Link>
            </p>
          )}
          <Card title={`Cycle count work ${w.workId}`}>
            <KeyValues
              entries={[
                ['Status', <StatusPill key="s" status={w.status} />],
                ['Outcome', <StatusPill key="o" status={w.outcome} />],
                ['Location', `${w.warehouseId} / ${w.locationId}`],
                ['Item', w.itemNumber ?? 'All items'],
                ['Created by', w.originId ? `${w.createdBy} ${w.originId}` : w.createdBy],
                ['Tolerance', [w.maxPercentage !== null ? `${String(w.maxPercentage)} %` : null, w.maxQuantity !== null ? formatQuantity(w.maxQuantity) : null].filter(Boolean).join(' or ') || 'none: any difference is reviewed'],
                ['Counted', w.countedAt ? `${formatDateTime(w.countedAt)} by ${w.countedBy ?? '—'}` : '—'],
                ['Recounts', String(w.recounts)],
                ['Closed', w.closedAt ? `${formatDateTime(w.closedAt)} by ${w.closedBy ?? '—'}` : '—'],
                ['Counting journal', <Link key="j" to={`/workspaces/counting/journals/${w.journalId}`}>{w.journalId}</Link>],
              ]}
            />
            {w.lines.length === 0 ? (
              <Empty>No lines: the location was empty when the work was made.</Empty>
            ) : (
              <DataTable caption={`Lines of cycle count work ${w.workId}`} columns={columns} query={wholeList(w.lines)} rowKey={(l) => l.lineNumber} />
            )}
            {w.status === 'PendingReview' && mayDecide && (
              <div className="qs-row" role="group" aria-label={`Decide on ${w.workId}`}>
                {DECISIONS.map((d) => (
                  <Button key={d.decision} variant={d.variant} title={d.hint} busy={review.isPending && review.variables === d.decision} disabled={review.isPending} onClick={() => review.mutate(d.decision)}>
                    {d.label}
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
