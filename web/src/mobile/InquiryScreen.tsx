import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { Card, Empty, Fetched, formatQuantity, KeyValues, ScanField } from '../ui';
import { MobileTitle } from './MobileStep';
import { WithWarehouse } from './Warehouse';

type Filter = 'locationId' | 'licensePlateId' | 'itemNumber';
const WHAT: Record<Filter, string> = { locationId: 'Location', licensePlateId: 'License plate', itemNumber: 'Item' };

/**
 * Everything on hand that the scanned code names, as a location, a license plate or an item (an
 * item's bar code too). Each balance carries its item's inventory unit.
 */
export async function stockFor(warehouseId: string, scanned: string) {
  const barcode = await unwrap(api.GET('/api/v1/items', { params: { query: { barcode: scanned, limit: 1 } } }));
  const itemNumber = barcode.items[0]?.itemNumber ?? scanned;
  const lookups = await Promise.all(
    (['locationId', 'licensePlateId', 'itemNumber'] as const).map(async (filter) => {
      const value = filter === 'itemNumber' ? itemNumber : scanned;
      const page = await unwrap(api.GET('/api/v1/inventory/on-hand', { params: { query: { warehouseId, [filter]: value, limit: 100 } } }));
      return { filter, value, rows: page.items.filter((r) => r.physicalQuantity !== 0), total: page.total };
    }),
  );
  const found = lookups.find((l) => l.rows.length > 0);
  return { found };
}

function Inquiry({ warehouseId }: { warehouseId: string }) {
  const [scanned, setScanned] = useState<string>();
  const stock = useQuery({ queryKey: ['mobile-inquiry', warehouseId, scanned], queryFn: () => stockFor(warehouseId, scanned ?? ''), enabled: scanned !== undefined });
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
