import { useState } from 'react';
import { stockFor } from '../api/inventory';
import { useInventoryStatuses } from '../api/master-data';
import { useTranslation } from '../i18n';
import { Alert, Button, Card, Empty, fieldError, Fetched, formatQuantity, ProblemAlert } from '../ui';
import { useStatusName } from './lookups';
import { MobileTitle, sameCode, StepFacts, useStepRunner } from './MobileStep';
import { ScanStep } from './ScanStep';
import { sendOperation } from './operation';
import { WarehouseLine, WithWarehouse } from './Warehouse';

type Stock = Awaited<ReturnType<typeof stockFor>>;
type Row = NonNullable<Stock['found']>['rows'][number];

const describe = (r: Row, status: string, batch: string) =>
  `${r.itemNumber} · ${formatQuantity(r.physicalQuantity, r.inventoryUnitSymbol)} · ${status}${r.batchNumber ? ` · ${batch} ${r.batchNumber}` : ''}${r.licensePlateId ? ` · ${r.licensePlateId}` : ''}`;

/** Where (location or plate), which stock, the new status, how much: one scan each. */
function StatusChange({ warehouseId }: { warehouseId: string }) {
  const { t } = useTranslation('mobile');
  const statusName = useStatusName();
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
    if (matches.length === 0) return setScanError(t('status.notHere', { scanned }));
    setScanError(undefined);
    if (matches.length === 1) setRow(matches[0]);
    else setScanError(t('status.several', { count: matches.length, scanned }));
  };
  const onStatus = (scanned: string) => {
    const match = statuses.data?.items.find((s) => sameCode(s.statusId, scanned));
    if (!match) return setScanError(t('status.noStatus', { scanned }));
    setScanError(undefined);
    setStatus(match.statusId);
  };
  const onQuantity = (text: string) =>
    void run(async () => {
      if (!row || !status) return;
      const quantity = Number(text.replace(',', '.'));
      if (!Number.isFinite(quantity) || quantity <= 0) return setScanError(t('quantityAboveZero'));
      await sendOperation(t('status.op', { from: row.inventoryStatusId, to: status, quantity, item: row.itemNumber }), '/api/v1/inventory-status-changes', {}, {
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
      setDone(t('status.done', { quantity: formatQuantity(quantity, unit), item: row.itemNumber, location: row.locationId ?? '—', status: statusName(status), code: status }));
      reset();
    });

  return (
    <>
      <MobileTitle title={t('status.title')}>
        <WarehouseLine warehouseId={warehouseId} />
      </MobileTitle>
      {done && <Alert tone="ok">{done}</Alert>}
      <ProblemAlert error={error} />
      {!stock && <ScanStep key="where" label={t('status.scanWhere')} onScan={onWhere} busy={busy} />}
      {stock && !row && (
        <>
          {rows.length === 0 ? <Empty>{t('status.nothing', { scanned: stock.scanned })}</Empty> : <ScanStep key="item" label={t('receive.scanItem')} onScan={onItem} error={scanError} />}
          {rows.map((r, i) => (
            <Button key={String(i)} variant="secondary" onClick={() => setRow(r)}>
              {describe(r, statusName(r.inventoryStatusId), t('batch'))}
            </Button>
          ))}
        </>
      )}
      {row && (
        <Card title={row.itemNumber}>
          <StepFacts
            where={{ label: t('location'), value: row.locationId }}
            quantity={{ label: t('status.onHand'), value: row.physicalQuantity, unit }}
            itemNumber={row.itemNumber}
            facts={[
              [t('licensePlate'), row.licensePlateId],
              [t('batch'), row.batchNumber],
              [t('owner'), row.ownerId],
              [t('status.now'), statusName(row.inventoryStatusId)],
              [t('status.new'), status ? statusName(status) : undefined],
            ]}
          />
        </Card>
      )}
      {row && !status && (
        <Fetched query={statuses} what={t('status.loading')}>
          {(page) => (
            <>
              <ScanStep key="status" label={t('status.scanNew')} onScan={onStatus} error={scanError} />
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
        <ScanStep key="qty" label={unit ? t('status.quantity', { unit }) : t('status.quantityNoUnit')} inputMode="decimal" initialValue={String(row.physicalQuantity)} onScan={onQuantity} busy={busy} error={scanError ?? fieldError(error, 'quantity')} submitLabel={t('status.title')} noCamera />
      )}
      {stock && (
        <Button variant="secondary" onClick={reset} disabled={busy}>
          {t('startOver')}
        </Button>
      )}
    </>
  );
}

export function StatusScreen() {
  return <WithWarehouse>{(warehouseId) => <StatusChange warehouseId={warehouseId} />}</WithWarehouse>;
}
