import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { fetchCycleCountWork as loadCounting, useCycleCountChanged, useCycleCountWorkList, type CountWork } from '../api/cycle-counting';
import { useInventoryUnits } from '../api/item-units';
import { useMay } from '../auth/roles';
import { Alert, Button, Card, Empty, Fetched, fieldError, formatQuantity, KeyValues, ProblemAlert, ScanField, StatusPill } from '../ui';
import { MobileTitle, sameCode, useStepRunner } from './MobileStep';
import { sendOperation } from './operation';
import { WithWarehouse } from './Warehouse';

/** One quantity per line, blind (the expected quantity is not shown); the last one sends the count. */
function CountLines({ work, onCounted }: { work: CountWork; onCounted: (work: CountWork) => void }) {
  // Count work lines carry no unit.
  const unitOf = useInventoryUnits(work.lines.map((l) => l.itemNumber));
  const [counts, setCounts] = useState<number[]>([]);
  const [scanError, setScanError] = useState<string>();
  const { busy, error, run } = useStepRunner();
  const line = work.lines[counts.length];

  const send = (all: number[]) =>
    void run(async () => {
      const counted = await sendOperation(`Count ${work.locationId} (work ${work.workId})`, '/api/v1/cycle-count-work/{workId}/counts', { workId: work.workId }, {
        counts: work.lines.map((l, i) => ({ lineNumber: l.lineNumber, countedQuantity: all[i] ?? 0 })),
      });
      onCounted(counted);
    });
  const onQuantity = (text: string) => {
    const n = Number(text.replace(',', '.'));
    if (!Number.isFinite(n) || n < 0) return setScanError('Enter the counted quantity (0 or more).');
    setScanError(undefined);
    const next = [...counts, n];
    setCounts(next);
    if (next.length === work.lines.length) send(next);
  };

  if (work.lines.length === 0) return <Empty>No stock is expected at {work.locationId}; nothing to count by line.</Empty>;
  return (
    <div className="qs-stack">
      <ProblemAlert error={error} />
      {line ? (
        <>
          <Card title={`Line ${String(counts.length + 1)} of ${String(work.lines.length)}: ${line.itemNumber}`}>
            <KeyValues
              entries={[
                ['Location', work.locationId],
                ['Item', line.itemNumber],
                ['License plate', line.licensePlateId],
                ['Batch', line.batchNumber],
                ['Status', line.inventoryStatusId],
                ['Owner', line.ownerId],
              ]}
            />
          </Card>
          <ScanField key={`count-${String(line.lineNumber)}`} label={`Counted quantity of ${line.itemNumber} (${unitOf(line.itemNumber) ?? ''})`} inputMode="decimal" onScan={onQuantity} busy={busy} error={scanError ?? fieldError(error, 'countedQuantity')} />
        </>
      ) : (
        <>
          <Alert tone={error ? 'bad' : 'ok'}>{busy ? 'Sending the count…' : 'All lines counted.'}</Alert>
          {error !== undefined && (
            <Button onClick={() => send(counts)} busy={busy}>
              Send the count again
            </Button>
          )}
        </>
      )}
      {counts.length > 0 && !busy && (
        <Button variant="secondary" onClick={() => setCounts(counts.slice(0, -1))}>
          Back one line
        </Button>
      )}
    </div>
  );
}

function Count({ warehouseId }: { warehouseId: string }) {
  // The access list of POST /api/v1/cycle-count-work.
  const mayCreate = useMay('warehouse_manager', 'planner', 'warehouse_worker');
  const counted = useCycleCountChanged();
  const [counting, setCounting] = useState<CountWork>();
  const [result, setResult] = useState<CountWork>();
  const [missing, setMissing] = useState<string>();
  const { busy, error, run } = useStepRunner();
  const open = useCycleCountWorkList({ warehouseId, status: 'Open', limit: 20 }, !counting);

  const start = (workId: string) =>
    void run(async () => {
      setResult(undefined);
      setMissing(undefined);
      setCounting(await loadCounting(workId));
    });
  const onLocation = (scanned: string) =>
    void run(async () => {
      setResult(undefined);
      const page = await unwrap(api.GET('/api/v1/cycle-count-work', { params: { query: { warehouseId, locationId: scanned, status: 'Open', limit: 1 } } }));
      const found = page.items[0] ?? open.data?.items.find((w) => sameCode(w.locationId, scanned) || sameCode(w.workId, scanned));
      if (found) {
        setMissing(undefined);
        setCounting(await loadCounting(found.workId));
      } else setMissing(scanned);
    });
  const spotCount = (locationId: string) =>
    void run(async () => {
      const created = await unwrap(api.POST('/api/v1/cycle-count-work', { body: { warehouseId, locationIds: [locationId] } }));
      const work = created.items[0];
      if (!work) throw new Error(`No count work was created for ${locationId}.`);
      setMissing(undefined);
      setCounting(await loadCounting(work.workId));
    });

  if (counting) {
    return (
      <>
        <MobileTitle title={`Count ${counting.locationId}`}>
          <p className="qs-muted">Work {counting.workId}</p>
        </MobileTitle>
        <CountLines
          key={counting.workId}
          work={counting}
          onCounted={(work) => {
            setResult(work);
            setCounting(undefined);
            counted(work);
          }}
        />
        <Button variant="secondary" onClick={() => setCounting(undefined)}>
          Stop counting this location
        </Button>
      </>
    );
  }

  return (
    <>
      <MobileTitle title="Count">
        <p className="qs-muted">Warehouse {warehouseId}</p>
      </MobileTitle>
      {result && (
        <Alert tone={result.status === 'PendingReview' ? 'warn' : 'ok'} title={`Counted ${result.locationId}`}>
          <StatusPill status={result.status} /> {result.outcome ?? ''}{' '}
          {result.status === 'PendingReview' ? 'The difference is beyond the tolerance; a manager reviews it.' : ''}
          {result.lines.some((l) => l.adjustmentQuantity) && (
            <ul>
              {result.lines
                .filter((l) => l.adjustmentQuantity)
                .map((l) => (
                  <li key={l.lineNumber}>
                    {l.itemNumber}: {formatQuantity(l.adjustmentQuantity)} adjusted
                  </li>
                ))}
            </ul>
          )}
        </Alert>
      )}
      <ProblemAlert error={error} />
      <ScanField key="location" label="Scan location to count" onScan={onLocation} busy={busy} />
      {missing &&
        (mayCreate ? (
          <Button onClick={() => spotCount(missing)} busy={busy}>
            Spot count {missing} (create count work)
          </Button>
        ) : (
          <Alert tone="warn">There is no open count work for {missing}. A warehouse manager or planner creates spot counts.</Alert>
        ))}
      <Fetched query={open} what="Loading count work">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>No open cycle count work in {warehouseId}.</Empty>
          ) : (
            <section className="qs-stack" aria-label="Open count work">
              <h3>Open count work</h3>
              {page.items.map((w) => (
                <Button key={w.workId} variant="secondary" onClick={() => start(w.workId)} disabled={busy}>
                  {w.locationId}
                  {w.itemNumber ? ` · ${w.itemNumber}` : ''} · {w.workId}
                </Button>
              ))}
            </section>
          )
        }
      </Fetched>
    </>
  );
}

export function CountScreen() {
  return <WithWarehouse>{(warehouseId) => <Count warehouseId={warehouseId} />}</WithWarehouse>;
}
