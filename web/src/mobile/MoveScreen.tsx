import { useState } from 'react';
import { Alert, Button, Card, Empty, fieldError, formatQuantity, KeyValues, ProblemAlert, ScanField } from '../ui';
import { stockFor } from '../api/inventory';
import { MobileTitle, useStepRunner } from './MobileStep';
import { sendOperation } from './operation';
import { WithWarehouse } from './Warehouse';

type Stock = Awaited<ReturnType<typeof stockFor>>;

/** Scan the plate, see what is on it, scan where it goes. */
function Move({ warehouseId }: { warehouseId: string }) {
  const [plate, setPlate] = useState<{ id: string; stock: Stock }>();
  const [moved, setMoved] = useState<string>();
  const { busy, error, run } = useStepRunner();

  const onPlate = (scanned: string) =>
    void run(async () => {
      setMoved(undefined);
      const stock = await stockFor(warehouseId, scanned);
      setPlate({ id: scanned, stock });
    });
  const onLocation = (toLocationId: string) =>
    void run(async () => {
      if (!plate) return;
      await sendOperation(`Move ${plate.id} to ${toLocationId}`, '/api/v1/license-plate-moves', {}, { warehouseId, licensePlateId: plate.id, toLocationId });
      setMoved(`License plate ${plate.id} moved to ${toLocationId}.`);
      setPlate(undefined);
    });

  const rows = plate?.stock.found?.filter === 'licensePlateId' ? plate.stock.found.rows : [];
  return (
    <>
      <MobileTitle title="Move license plate">
        <p className="qs-muted">Warehouse {warehouseId}</p>
      </MobileTitle>
      {moved && <Alert tone="ok">{moved}</Alert>}
      <ProblemAlert error={error} />
      {!plate && <ScanField key="plate" label={moved ? 'Scan the next license plate' : 'Scan license plate to move'} onScan={onPlate} busy={busy} />}
      {plate && (
        <>
          <Card title={`License plate ${plate.id}`}>
            {rows.length === 0 ? (
              <Empty>Nothing on hand on {plate.id}.</Empty>
            ) : (
              <KeyValues entries={rows.map((r, i) => [`${String(i + 1)}. ${r.itemNumber}${r.batchNumber ? ` (${r.batchNumber})` : ''}`, `${formatQuantity(r.physicalQuantity, r.inventoryUnitSymbol)} at ${r.locationId ?? '—'}, ${r.inventoryStatusId}`])} />
            )}
          </Card>
          <ScanField key="to" label="Scan destination location" onScan={onLocation} busy={busy} error={fieldError(error, 'toLocationId')} submitLabel="Move" />
          <Button variant="secondary" onClick={() => setPlate(undefined)} disabled={busy}>
            Another license plate
          </Button>
        </>
      )}
    </>
  );
}

export function MoveScreen() {
  return <WithWarehouse>{(warehouseId) => <Move warehouseId={warehouseId} />}</WithWarehouse>;
}
