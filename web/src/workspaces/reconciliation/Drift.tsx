import { useState, type FormEvent } from 'react';
import { useOnHandDrift } from '../../api/reconciliation';
import type { ResponseOf } from '../../api/types';
import { Alert, Button, Card, Fetched, formatDateTime, formatQuantity, KeyValues, TextField, Lookup } from '../../ui';
import { useInventoryUnits } from '../../api/item-units';
import { reasonWords, signed } from './drift-words';

type Drift = ResponseOf<'/api/v1/source-systems/{sourceSystemId}/on-hand-drift', 'get'>;
type DriftLine = Drift['lines'][number];

interface DriftFilter {
  itemNumber: string;
  at: string;
  all: boolean;
}

/** Why the warehouse and a source system may disagree, line by line, in plain words. */
export function DriftExplanation({ sourceSystemId }: { sourceSystemId: string }) {
  const [draft, setDraft] = useState<DriftFilter>({ itemNumber: '', at: '', all: false });
  const [filter, setFilter] = useState<DriftFilter>(draft);
  const query = {
    ...(filter.itemNumber ? { itemNumber: filter.itemNumber } : {}),
    ...(filter.at ? { at: new Date(filter.at).toISOString() } : {}),
    ...(filter.all ? { all: true } : {}),
  };
  const drift = useOnHandDrift(sourceSystemId, query);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilter(draft);
  };
  return (
    <div className="qs-stack">
      <Card title={`Why ${sourceSystemId} and the warehouse may disagree`}>
        <p>
          Stock moves before the documents that report it are finished. For each item this compares what is physically in the warehouse with what {sourceSystemId} has been told, and names the open
          documents that make up the difference. Each of them will reach {sourceSystemId} once it is finished.
        </p>
        <p className="qs-muted">
          &ldquo;Has been told&rdquo; adds up every change reported to {sourceSystemId}: completed receipts, ship-confirmed packing slips, posted counting journals and published update log entries.
          It can be below zero when a count removed stock whose receipt is not yet completed.
        </p>
        <form className="qs-row" onSubmit={submit} role="search" aria-label="Drift explanation filters">
          <Lookup kind="item" label="Item" value={draft.itemNumber} onChange={(itemNumber) => setDraft((d) => ({ ...d, itemNumber }))} />
          <TextField label="As of" type="datetime-local" hint="Empty: now" value={draft.at} onChange={(e) => setDraft((d) => ({ ...d, at: e.target.value }))} />
          <label>
            <input type="checkbox" checked={draft.all} onChange={(e) => setDraft((d) => ({ ...d, all: e.target.checked }))} /> Also show items that agree
          </label>
          <Button type="submit" busy={drift.isFetching}>
            Explain
          </Button>
        </form>
      </Card>
      <Fetched query={drift} what="Comparing the warehouse with the source system">
        {(d) => <DriftLines drift={d} />}
      </Fetched>
    </div>
  );
}

function DriftLines({ drift }: { drift: Drift }) {
  const unitOf = useInventoryUnits(drift.lines.map((l) => l.itemNumber));
  const differing = drift.lines.filter((l) => l.differenceQuantity !== 0).length;
  return (
    <>
      {differing === 0 ? (
        <Alert tone="ok" title={`The warehouse and ${drift.sourceSystemId} agree`}>
          As of {formatDateTime(drift.at)} nothing is waiting to be reported.
        </Alert>
      ) : (
        <Alert tone="warn" title={`${String(differing)} ${differing === 1 ? 'line differs' : 'lines differ'} as of ${formatDateTime(drift.at)}`}>
          The open documents below explain the differences; they disappear as receiving is completed, loads are ship-confirmed and the update log is published.
        </Alert>
      )}
      {drift.lines.map((line) => (
        <DriftCard key={[line.itemNumber, line.warehouseId, line.inventoryStatusId, line.inventoryOwnerId, line.batchNumber, line.serialNumber].join('|')} line={line} sourceSystemId={drift.sourceSystemId} unit={unitOf(line.itemNumber)} />
      ))}
    </>
  );
}

function DriftCard({ line, sourceSystemId, unit }: { line: DriftLine; sourceSystemId: string; unit: string | undefined }) {
  const q = (n: number) => formatQuantity(n, unit);
  const explained = line.openDocuments.reduce((sum, d) => sum + d.quantity, 0);
  const unexplained = Number((line.differenceQuantity - explained).toFixed(6));
  const owner = line.sourceSystemInventoryOwnerId ? `${line.inventoryOwnerId} (${line.sourceSystemInventoryOwnerId} in ${sourceSystemId})` : line.inventoryOwnerId;
  const extra = [line.batchNumber && `batch ${line.batchNumber}`, line.serialNumber && `serial ${line.serialNumber}`].filter(Boolean).join(', ');
  return (
    <Card title={`${line.sourceSystemItemNumber} (${line.itemNumber}) in ${line.warehouseId}, ${line.inventoryStatusId}${extra ? `, ${extra}` : ''}`}>
      <KeyValues
        entries={[
          ['Owner', owner],
          ['In the warehouse', q(line.wmsOnHandQuantity)],
          [`${sourceSystemId} has been told`, q(line.toldOnHandQuantity)],
          ['Difference', line.differenceQuantity === 0 ? 'none' : signed(q(line.differenceQuantity), line.differenceQuantity)],
        ]}
      />
      {line.openDocuments.length > 0 && (
        <>
          <h3>Open documents in between</h3>
          <ul>
            {line.openDocuments.map((doc) => {
              const words = reasonWords(doc.reason);
              return (
                <li key={`${doc.reason}-${doc.referenceType}-${doc.referenceId}-${doc.operationId}`}>
                  <strong>{signed(q(doc.quantity), doc.quantity)}</strong> {words.title.toLowerCase()}: {doc.referenceType} {doc.referenceId}, since {formatDateTime(doc.since)} ({doc.status}); {words.reports}.
                </li>
              );
            })}
          </ul>
        </>
      )}
      {unexplained !== 0 && (
        <Alert tone="bad" title={`${signed(q(unexplained), unexplained)} not explained by any open document`}>
          A difference without an open document should not happen: run the consistency check under On-hand inquiry and report it.
        </Alert>
      )}
    </Card>
  );
}
