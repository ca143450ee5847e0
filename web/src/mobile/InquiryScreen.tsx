import { useState } from 'react';
import { useStockLookup } from '../api/inventory';
import { useTranslation } from '../i18n';
import { Card, Empty, Fetched, formatQuantity, KeyValues } from '../ui';
import { useItemNames, useStatusName } from './lookups';
import { MobileTitle } from './MobileStep';
import { ScanStep } from './ScanStep';
import { WarehouseLine, WithWarehouse } from './Warehouse';

function Inquiry({ warehouseId }: { warehouseId: string }) {
  const { t } = useTranslation('mobile');
  const statusName = useStatusName();
  const [scanned, setScanned] = useState<string>();
  const stock = useStockLookup(warehouseId, scanned);
  const itemName = useItemNames(stock.data?.found?.rows.map((r) => r.itemNumber) ?? []);
  return (
    <>
      <MobileTitle title={t('inquiry.title')}>
        <WarehouseLine warehouseId={warehouseId} />
      </MobileTitle>
      <ScanStep label={t('inquiry.scan')} onScan={setScanned} busy={stock.isFetching} />
      {scanned !== undefined && (
        <Fetched query={stock} what={t('inquiry.lookingUp', { scanned })}>
          {({ found }) =>
            !found ? (
              <Empty>{t('inquiry.nothing', { scanned })}</Empty>
            ) : (
              <section className="qs-stack" aria-label={t('inquiry.found')}>
                <h3>
                  {t(`inquiry.filter.${found.filter}`)} {found.value}: {t('inquiry.lines', { count: found.rows.length })}
                  {found.total > found.rows.length ? ` ${t('inquiry.first', { count: found.rows.length })}` : ''}
                </h3>
                {found.rows.map((r, i) => (
                  <Card key={`${r.itemNumber}-${r.locationId ?? ''}-${r.licensePlateId ?? ''}-${r.batchNumber ?? ''}-${r.inventoryStatusId}-${r.ownerId}-${String(i)}`} title={itemName(r.itemNumber) ? `${r.itemNumber} · ${itemName(r.itemNumber) ?? ''}` : r.itemNumber}>
                    <KeyValues
                      entries={[
                        [t('inquiry.quantity'), formatQuantity(r.physicalQuantity, r.inventoryUnitSymbol)],
                        [t('inquiry.available'), formatQuantity(r.availableQuantity, r.inventoryUnitSymbol)],
                        [t('location'), r.locationId],
                        [t('licensePlate'), r.licensePlateId],
                        [t('inventoryStatus'), statusName(r.inventoryStatusId)],
                        [t('batch'), r.batchNumber],
                        ...(r.serialNumber ? ([[t('serial'), r.serialNumber]] as [string, string][]) : []),
                        [t('owner'), r.ownerId],
                      ]}
                    />
                  </Card>
                ))}
              </section>
            )
          }
        </Fetched>
      )}
    </>
  );
}

export function InquiryScreen() {
  return <WithWarehouse>{(warehouseId) => <Inquiry warehouseId={warehouseId} />}</WithWarehouse>;
}
