import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useInventoryUpdateLog, usePublishUpdateLog } from '../../api/reconciliation';
import type { ResponseOf } from '../../api/types';
import { useMay } from '../../auth/roles';
import { Alert, Button, Card, DataTable, formatDateTime, formatQuantity, ProblemAlert, TextField, type Column } from '../../ui';
import { onHandHref } from '../../app/stock-links';
import { signed } from './drift-words';

type Entry = ResponseOf<'/api/v1/source-systems/{sourceSystemId}/inventory-update-log', 'get'>['items'][number];

const DOCUMENTS = ['ShipmentReceipt', 'ShipmentPackingSlip', 'CountingJournal'] as const;
const LIMIT = 50;

const columns: Column<Entry>[] = [
  { header: 'Sequence', numeric: true, cell: (e) => e.sequence },
  { header: 'Happened', cell: (e) => formatDateTime(e.transactionTime) },
  {
    header: 'Caused by',
    cell: (e) => (
      <>
        {e.referenceCategory} <strong>{e.referenceId}</strong>
      </>
    ),
  },
  {
    header: 'Item',
    cell: (e) => (
      <Link to={onHandHref({ itemNumber: e.itemNumber, warehouseId: e.warehouseId })} aria-label={`${e.sourceSystemItemNumber} (${e.itemNumber}): on-hand now`}>
        {e.sourceSystemItemNumber} ({e.itemNumber})
      </Link>
    ),
  },
  { header: 'Where', cell: (e) => [e.warehouseId, e.locationId, e.licensePlateId].filter(Boolean).join(' / ') },
  { header: 'Status', cell: (e) => e.inventoryStatusId },
  { header: 'Owner', cell: (e) => (e.sourceSystemInventoryOwnerId ? `${e.inventoryOwnerId} (${e.sourceSystemInventoryOwnerId})` : e.inventoryOwnerId) },
  { header: 'Quantity', numeric: true, cell: (e) => signed(formatQuantity(e.handlingQuantity, e.handlingQuantityUnitSymbol), e.handlingQuantity) },
  { header: 'Also reported by', cell: (e) => e.alsoReportedBy ?? '—' },
  { header: 'Published', cell: (e) => formatDateTime(e.publishedAt) },
];

/** The warehouse inventory update log as the source system reads it: after a cursor, oldest first. */
export function UpdateLog({ sourceSystemId }: { sourceSystemId: string }) {
  const mayPublish = useMay('integration_operator');
  const [afterText, setAfterText] = useState('0');
  const [skip, setSkip] = useState<string[]>([]);
  const [read, setRead] = useState({ after: 0, skip: [] as string[] });
  const log = useInventoryUpdateLog(sourceSystemId, { after: read.after, limit: LIMIT, ...(read.skip.length > 0 ? { skipAlsoReportedBy: read.skip.join(',') } : {}) });
  const publish = usePublishUpdateLog(sourceSystemId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setRead({ after: Number(afterText) || 0, skip });
  };
  const next = log.data?.nextCursor;
  return (
    <div className="qs-stack">
      <Card
        title="Warehouse inventory update log"
        actions={
          mayPublish && (
            <Button variant="secondary" busy={publish.isPending} onClick={() => publish.mutate()}>
              Publish now
            </Button>
          )
        }
      >
        <p>Every on-hand change of {sourceSystemId}&apos;s stock as it physically happens, numbered when published (every 10 minutes, or now). The source system reads after its cursor.</p>
        <ProblemAlert error={publish.error} />
        {publish.data && <Alert tone="ok" title={`Published ${String(publish.data.published)} new ${publish.data.published === 1 ? 'entry' : 'entries'}`} />}
        <form className="qs-row" onSubmit={submit} role="search" aria-label="Read the update log">
          <TextField label="After sequence" type="number" min="0" value={afterText} onChange={(e) => setAfterText(e.target.value)} />
          <fieldset className="qs-row">
            <legend>Leave out what these documents report too</legend>
            {DOCUMENTS.map((d) => (
              <label key={d}>
                <input type="checkbox" checked={skip.includes(d)} onChange={(e) => setSkip((s) => (e.target.checked ? [...s, d] : s.filter((x) => x !== d)))} /> {d}
              </label>
            ))}
          </fieldset>
          <Button type="submit">Read</Button>
        </form>
      </Card>
      <DataTable
        caption={`Update log of ${sourceSystemId} after ${String(read.after)}`}
        columns={columns}
        query={{ data: log.data && { items: log.data.items, total: log.data.items.length, limit: LIMIT, offset: 0 }, error: log.error, isPending: log.isPending, isFetching: log.isFetching }}
        rowKey={(e) => e.sequence}
        empty={`Nothing published after sequence ${String(read.after)}.`}
      />
      {next !== undefined && (
        <div className="qs-row">
          <span>Next cursor: {next}</span>
          <Button
            variant="secondary"
            disabled={next === read.after}
            onClick={() => {
              setAfterText(String(next));
              setRead((r) => ({ ...r, after: next }));
            }}
          >
            Read on from {next}
          </Button>
        </div>
      )}
    </div>
  );
}
