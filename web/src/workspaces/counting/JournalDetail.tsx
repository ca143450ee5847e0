import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useCountingJournal, usePostCountingJournal, useRegisterCounts } from '../../api/counting-journals';
import { Alert, Button, Card, DataTable, Empty, Fetched, formatDateTime, formatQuantity, KeyValues, ProblemAlert, StatusPill, TextField, type Column, wholeList } from '../../ui';
import { ledgerHref } from '../../app/stock-links';
import { useInventoryUnits } from '../../api/item-units';
import { FoundStock } from './FoundStock';
import { where, type JournalLine } from './shared';
import { useMay } from '../../auth/roles';

/** One journal: its lines with the snapshot, what moved since and the count; counts are registered here and the journal posted. */
export function JournalDetail() {
  const { journalId = '' } = useParams();
  // Counting decisions (posting, review) are the managers'; planners see and create work.
  const mayDecide = useMay('warehouse_manager');
  const journal = useCountingJournal(journalId);
  const unitOf = useInventoryUnits(journal.data?.lines.map((l) => l.itemNumber) ?? []);
  const [counts, setCounts] = useState<Record<number, string>>({});
  const register = useRegisterCounts(journalId, { onSuccess: () => setCounts({}) });
  const post = usePostCountingJournal(journalId);

  return (
    <Fetched query={journal} what="Loading the journal">
      {(j) => {
        const open = j.status === 'Open';
        const typed = Object.values(counts).some((v) => v.trim() !== '');
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
          { header: 'Batch', cell: (l) => l.batchNumber ?? '—' },
          { header: 'Snapshot', numeric: true, cell: (l) => formatQuantity(l.snapshotQuantity, unitOf(l.itemNumber)) },
          { header: 'Moved since', numeric: true, cell: (l) => formatQuantity(l.movedSinceSnapshotQuantity, unitOf(l.itemNumber)) },
          { header: 'On-hand at count', numeric: true, cell: (l) => formatQuantity(l.onHandQuantity, unitOf(l.itemNumber)) },
          {
            header: 'Counted',
            numeric: true,
            cell: (l) =>
              open ? (
                <TextField
                  label={`Counted, line ${String(l.lineNumber)} (${l.itemNumber} at ${where(l)})`}
                  type="number"
                  step="any"
                  min="0"
                  inputMode="decimal"
                  placeholder={l.countedQuantity === null ? '' : String(l.countedQuantity)}
                  value={counts[l.lineNumber] ?? ''}
                  onChange={(e) => setCounts((c) => ({ ...c, [l.lineNumber]: e.target.value }))}
                />
              ) : (
                formatQuantity(l.countedQuantity, unitOf(l.itemNumber))
              ),
          },
          { header: 'Adjustment', numeric: true, cell: (l) => (l.adjustmentQuantity === null ? '—' : `${l.adjustmentQuantity > 0 ? '+' : ''}${formatQuantity(l.adjustmentQuantity, unitOf(l.itemNumber))}`) },
          { header: 'Counted by', cell: (l) => (l.countedBy ? `${l.countedBy}, ${formatDateTime(l.countingDate)}` : '—') },
        ];
        const submit = (e: FormEvent) => {
          e.preventDefault();
          register.mutate(
            Object.entries(counts)
              .filter(([, v]) => v.trim() !== '')
              .map(([line, v]) => ({ lineNumber: Number(line), countedQuantity: Number(v) })),
          );
        };
        return (
          <div className="qs-stack">
            <p>
              <Link to="/workspaces/counting/journals">All counting journals</Link>
            </p>
            <Card title={`Counting journal ${j.journalId}`}>
              <KeyValues
                entries={[
                  ['Status', <StatusPill key="s" status={j.status} />],
                  ['Journal name', j.journalNameId],
                  ['Description', j.description || '—'],
                  ['Warehouse', j.warehouseId],
                  ['Counting by', j.countingBy],
                  ['Created', `${formatDateTime(j.createdAt)} by ${j.createdBy}`],
                  ['Posted', j.postedAt ? `${formatDateTime(j.postedAt)} by ${j.postedBy ?? '—'} (posting ${String(j.postingSequence)})` : '—'],
                ]}
              />
            </Card>
            <Card title="Lines">
              <p className="qs-muted">The count is compared with the snapshot plus everything that moved at the same place since, so picking and put-away during a count are never taken for a difference.</p>
              <form className="qs-stack" onSubmit={submit} aria-label="Register counts">
                {j.lines.length === 0 ? (
                  <Empty>This journal has no lines: nothing was on hand there. Register stock you find below.</Empty>
                ) : (
                  <DataTable caption="Journal lines" columns={columns} query={wholeList(j.lines)} rowKey={(l) => l.lineNumber} />
                )}
                <ProblemAlert error={register.error} />
                {open && (
                  <div className="qs-row">
                    <Button type="submit" busy={register.isPending} disabled={!typed || j.lines.length === 0}>
                      Register counts
                    </Button>
                    {mayDecide && (
                      <Button variant="secondary" busy={post.isPending} onClick={() => post.mutate()}>
                        Post journal
                      </Button>
                    )}
                  </div>
                )}
              </form>
              <ProblemAlert error={post.error} />
              {post.isSuccess && <Alert tone="ok" title="Posted">The adjustments are in the ledger and the source systems have been told.</Alert>}
            </Card>
            {open && <FoundStock journal={j} />}
          </div>
        );
      }}
    </Fetched>
  );
}
