import { useState } from 'react';
import { stockFor } from '../api/inventory';
import { useTranslation } from '../i18n';
import { Alert, Button, Card, Empty, fieldError, formatQuantity, KeyValues, ProblemAlert } from '../ui';
import { useItemNames, useStatusName } from './lookups';
import { MobileTitle, useStepRunner } from './MobileStep';
import { sendOperation } from './operation';
import { ScanStep } from './ScanStep';
import { WarehouseLine, WithWarehouse } from './Warehouse';

type Stock = Awaited<ReturnType<typeof stockFor>>;

/** Scan the plate, see what is on it, scan where it goes. */
function Move({ warehouseId }: { warehouseId: string }) {
  const { t } = useTranslation('mobile');
  const statusName = useStatusName();
  const [plate, setPlate] = useState<{ id: string; stock: Stock }>();
  const [moved, setMoved] = useState<string>();
  const { busy, error, run } = useStepRunner();
  const rows = plate?.stock.found?.filter === 'licensePlateId' ? plate.stock.found.rows : [];
  const itemName = useItemNames(rows.map((r) => r.itemNumber));

  const onPlate = (scanned: string) =>
    void run(async () => {
      setMoved(undefined);
      const stock = await stockFor(warehouseId, scanned);
      setPlate({ id: scanned, stock });
    });
  const onLocation = (toLocationId: string) =>
    void run(async () => {
      if (!plate) return;
      await sendOperation(t('move.op', { plate: plate.id, location: toLocationId }), '/api/v1/license-plate-moves', {}, { warehouseId, licensePlateId: plate.id, toLocationId });
      setMoved(t('move.moved', { plate: plate.id, location: toLocationId }));
      setPlate(undefined);
    });

  return (
    <>
      <MobileTitle title={t('move.title')}>
        <WarehouseLine warehouseId={warehouseId} />
      </MobileTitle>
      {moved && <Alert tone="ok">{moved}</Alert>}
      <ProblemAlert error={error} />
      {!plate && <ScanStep key="plate" label={moved ? t('receive.scanNextPlate') : t('move.scanPlate')} onScan={onPlate} busy={busy} />}
      {plate && (
        <>
          <Card title={t('receive.plate', { plate: plate.id })}>
            {rows.length === 0 ? (
              <Empty>{t('move.nothingOn', { plate: plate.id })}</Empty>
            ) : (
              <KeyValues
                entries={rows.map((r, i) => [
                  `${String(i + 1)}. ${r.itemNumber}${itemName(r.itemNumber) ? ` ${itemName(r.itemNumber) ?? ''}` : ''}${r.batchNumber ? ` (${r.batchNumber})` : ''}`,
                  t('move.row', { quantity: formatQuantity(r.physicalQuantity, r.inventoryUnitSymbol), location: r.locationId ?? '—', status: statusName(r.inventoryStatusId) }),
                ])}
              />
            )}
          </Card>
          <ScanStep key="to" label={t('move.scanDestination')} onScan={onLocation} busy={busy} error={fieldError(error, 'toLocationId')} submitLabel={t('move.move')} />
          <Button variant="secondary" onClick={() => setPlate(undefined)} disabled={busy}>
            {t('move.another')}
          </Button>
        </>
      )}
    </>
  );
}

export function MoveScreen() {
  return <WithWarehouse>{(warehouseId) => <Move warehouseId={warehouseId} />}</WithWarehouse>;
}
