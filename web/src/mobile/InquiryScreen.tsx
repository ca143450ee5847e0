import { useState } from 'react';
import { useStockLookup } from '../api/inventory';
import { Card, Empty, Fetched, formatQuantity, KeyValues, ScanField } from '../ui';
import { MobileTitle } from './MobileStep';
import { WithWarehouse } from './Warehouse';

type Filter = 'locationId' | 'licensePlateId' | 'itemNumber';
const WHAT: Record<Filter, string> = { locationId: 'Location', licensePlateId: 'License plate', itemNumber: 'Item' };

function Inquiry({ warehouseId }: { warehouseId: string }) {
  const [scanned, setScanned] = useState<string>();
  const stock = useStockLookup(warehouseId, scanned);
  return (
    <>
      <MobileTitle title="Inquiry">
        <p className="qs-muted">Warehouse {warehouseId}</p>
      </MobileTitle>
      <ScanField label="Scan location, license plate or item" onScan={setScanned} busy={stock.isFetching} />
      {scanned !== undefined && (
        <Fetched query={stock} what={`Looking up ${scanned}`}>
          {({ found }) =>
            !found ? (
              <Empty>Nothing on hand at or for {scanned}.</Empty>
            ) : (
              <section className="qs-stack" aria-label="Stock found">
                <h3>
                  {WHAT[found.filter]} {found.value}: {found.rows.length} line{found.rows.length === 1 ? '' : 's'}
                  {found.total > found.rows.length ? ` (first ${String(found.rows.length)})` : ''}
                </h3>
                {found.rows.map((r, i) => (
                  <Card key={`${r.itemNumber}-${r.locationId ?? ''}-${r.licensePlateId ?? ''}-${r.batchNumber ?? ''}-${r.inventoryStatusId}-${r.ownerId}-${String(i)}`} title={r.itemNumber}>
                    <KeyValues
                      entries={[
                        ['Quantity', formatQuantity(r.physicalQuantity, r.inventoryUnitSymbol)],
                        ['Available', formatQuantity(r.availableQuantity, r.inventoryUnitSymbol)],
                        ['Location', r.locationId],
                        ['License plate', r.licensePlateId],
                        ['Status', r.inventoryStatusId],
                        ['Batch', r.batchNumber],
                        ...(r.serialNumber ? ([['Serial', r.serialNumber]] as [string, string][]) : []),
                        ['Owner', r.ownerId],
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
