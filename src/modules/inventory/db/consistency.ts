import type { Executor } from '../../../platform/db/database.js';
import { dimensionKey, fromDimensionRow, pickDimensions, type DimensionRow } from '../domain/dimensions.js';
import { qtyToNumber } from '../../../platform/quantity.js';

export interface BalanceDifference {
  dimensions: ReturnType<typeof fromDimensionRow>;
  ledgerQuantity: number;
  balanceQuantity: number;
}

/**
 * Recomputes every physical balance from the ledger and lists where the kept balance disagrees.
 * An empty list is the proof that no update was lost.
 */
export async function checkBalances(db: Executor): Promise<BalanceDifference[]> {
  const [ledger, balances] = await Promise.all([
    db
      .selectFrom('inventory_transactions')
      .select(['item_number', 'warehouse_id', 'location_id', 'license_plate_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number', (eb) => eb.fn.sum<number>('qty').as('qty')])
      .groupBy(['item_number', 'warehouse_id', 'location_id', 'license_plate_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number'])
      .execute(),
    db.selectFrom('inventory_balances').selectAll().execute(),
  ]);
  const fromLedger = new Map<string, { row: DimensionRow; qty: number }>();
  for (const r of ledger) fromLedger.set(dimensionKey(r), { row: pickDimensions(r), qty: Number(r.qty) });
  const differences: BalanceDifference[] = [];
  const seen = new Set<string>();
  for (const b of balances) {
    const key = dimensionKey(b);
    seen.add(key);
    const expected = fromLedger.get(key)?.qty ?? 0;
    if (expected !== b.physical_qty) differences.push({ dimensions: fromDimensionRow(b), ledgerQuantity: qtyToNumber(expected), balanceQuantity: qtyToNumber(b.physical_qty) });
  }
  for (const [key, l] of fromLedger) {
    if (!seen.has(key) && l.qty !== 0) differences.push({ dimensions: fromDimensionRow(l.row), ledgerQuantity: qtyToNumber(l.qty), balanceQuantity: 0 });
  }
  return differences;
}
