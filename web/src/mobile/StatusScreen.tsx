import { useState } from 'react';
import { stockFor } from '../api/inventory';
import { useInventoryStatuses } from '../api/master-data';
import { Alert, Button, Card, Empty, fieldError, Fetched, formatQuantity, KeyValues, ProblemAlert, ScanField } from '../ui';
import { MobileTitle, sameCode, useStepRunner } from './MobileStep';
import { sendOperation } from './operation';
import { WithWarehouse } from './Warehouse';

type Stock = Awaited<ReturnType<typeof stockFor>>;
type Row = NonNullable<Stock['found']>['rows'][number];

const describe = (r: Row, unit: string | null) =>
  `${r.itemNumber} · ${formatQuantity(r.physicalQuantity, unit)} · ${r.inventoryStatusId}${r.batchNumber ? ` · batch ${r.batchNumber}` : ''}${r.licensePlateId ? ` · ${r.licensePlateId}` : ''}`;

/** Where (location or plate), which stock, the new status, how much: one scan each. */
function StatusChange({ warehouseId }: { warehouseId: string }) {
  const [stock, setStock] = useState<{ scanned: string; result: Stock }>();
  const [row, setRow] = useState<Row>();
  const [status, setStatus] = useState<string>();
  const [done, setDone] = useState<string>();
  const [scanError, setScanError] = useState<string>();
  const { busy, error, run } = useStepRunner();
  const statuses = useInventoryStatuses();
  const rows = stock?.result.found && stock.result.found.filter !== 'itemNumber' ? stock.result.found.rows : [];
  const unit = row?.inventoryUnitSymbol ?? undefined;

  const reset = () => {
    setStock(undefined);
    setRow(undefined);
    setStatus(undefined);
    setScanError(undefined);
  };
  const onWhere = (scanned: string) =>
    void run(async () => {
      setDone(undefined);
      const result = await stockFor(warehouseId, scanned);
      const found = result.found && result.found.filter !== 'itemNumber' ? result.found.rows : [];
      setStock({ scanned, result });
      if (found.length === 1) setRow(found[0]);
    });
  const onItem = (scanned: string) => {
    const matches = rows.filter((r) => sameCode(r.itemNumber, scanned) || sameCode(r.batchNumber, scanned) || sameCode(r.licensePlateId, scanned));
    if (matches.length === 0) return setScanError(`${scanned} is not here.`);
    setScanError(undefined);
    if (matches.length === 1) setRow(matches[0]);
    else setScanError(`${String(matches.length)} lines match ${scanned}: choose one below.`);
  };
  const onStatus = (scanned: string) => {
    const match = statuses.data?.items.find((s) => sameCode(s.statusId, scanned));
    if (!match) return setScanError(`There is no inventory status ${scanned}.`);
    setScanError(undefined);
    setStatus(match.statusId);
  };
  const onQuantity = (text: string) =>
    void run(async () => {
      if (!row || !status) return;
      const quantity = Number(text.replace(',', '.'));
      if (!Number.isFinite(quantity) || quantity <= 0) return setScanError('Enter a quantity above zero.');
      await sendOperation(`Status ${row.inventoryStatusId} → ${status}: ${String(quantity)} ${row.itemNumber}`, '/api/v1/inventory-status-changes', {}, {
        dimensions: {
          itemNumber: row.itemNumber,
          warehouseId: row.warehouseId,
          locationId: row.locationId,
          licensePlateId: row.licensePlateId,
          ownerId: row.ownerId,
          inventoryStatusId: row.inventoryStatusId,
          batchNumber: row.batchNumber,
          serialNumber: row.serialNumber,
        },
        toInventoryStatusId: status,
        quantity,
      });
      setDone(`${formatQuantity(quantity, unit)} of ${row.itemNumber} at ${row.locationId ?? '—'} is now ${status}.`);
      reset();
    });

  return (
    <>
      <MobileTitle title="Change status">
        <p className="qs-muted">Warehouse {warehouseId}</p>
      </MobileTitle>
      {done && <Alert tone="ok">{done}</Alert>}
      <ProblemAlert error={error} />
      {!stock && <ScanField key="where" label="Scan location or license plate" onScan={onWhere} busy={busy} />}
      {stock && !row && (
        <>
          {rows.length === 0 ? <Empty>Nothing on hand at {stock.scanned}.</Empty> : <ScanField key="item" label="Scan item" onScan={onItem} error={scanError} />}
          {rows.map((r, i) => (
            <Button key={String(i)} variant="secondary" onClick={() => setRow(r)}>
              {describe(r, r.inventoryUnitSymbol)}
            </Button>
          ))}
        </>
      )}
      {row && (
        <Card title={row.itemNumber}>
          <KeyValues
            entries={[
              ['On hand', formatQuantity(row.physicalQuantity, unit)],
              ['Location', row.locationId],
              ['License plate', row.licensePlateId],
              ['Batch', row.batchNumber],
              ['Owner', row.ownerId],
              ['Status now', row.inventoryStatusId],
              ...(status ? ([['New status', status]] as [string, string][]) : []),
            ]}
          />
        </Card>
      )}
      {row && !status && (
        <Fetched query={statuses} what="Loading statuses">
          {(page) => (
            <>
              <ScanField key="status" label="Scan new status" onScan={onStatus} error={scanError} />
              {page.items
                .filter((s) => s.statusId !== row.inventoryStatusId)
                .map((s) => (
                  <Button key={s.statusId} variant="secondary" onClick={() => setStatus(s.statusId)}>
                    {s.statusId} · {s.name}
                  </Button>
                ))}
            </>
          )}
        </Fetched>
      )}
      {row && status && (
        <ScanField key="qty" label={`Quantity to change${unit ? ` (${unit})` : ''}`} inputMode="decimal" initialValue={String(row.physicalQuantity)} onScan={onQuantity} busy={busy} error={scanError ?? fieldError(error, 'quantity')} submitLabel="Change status" />
      )}
      {stock && (
        <Button variant="secondary" onClick={reset} disabled={busy}>
          Start over
        </Button>
      )}
    </>
  );
}

export function StatusScreen() {
  return <WithWarehouse>{(warehouseId) => <StatusChange warehouseId={warehouseId} />}</WithWarehouse>;
}
