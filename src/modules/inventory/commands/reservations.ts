import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { describeDimensions, toDimensionRow, type Dimensions } from '../domain/dimensions.js';
import { InventoryErrors } from '../errors.js';
import { keyFilter } from './record-transactions.js';

/**
 * Reserves stock at one full dimension combination with a guarded increment: it succeeds only while
 * physical - reserved covers the quantity, so concurrent reservations can never oversell.
 */
export async function reserve(db: Executor, now: number, dimensions: Dimensions, qty: number): Promise<void> {
  const d = toDimensionRow(dimensions);
  const result = await db
    .updateTable('inventory_balances')
    .set({ reserved_qty: sql`reserved_qty + ${qty}`, updated_at: now })
    .where((eb) => eb.and(keyFilter(eb, d)))
    .where(sql<boolean>`physical_qty - reserved_qty >= ${qty}`)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new DomainError(InventoryErrors.insufficientAvailable, `Not enough available stock to reserve ${String(qtyToNumber(qty))} of ${describeDimensions(d)}`, [
      { field: 'quantity', reason: 'more than the available stock with these dimensions', value: qtyToNumber(qty) },
    ]);
  }
}

export async function unreserve(db: Executor, now: number, dimensions: Dimensions, qty: number): Promise<void> {
  const d = toDimensionRow(dimensions);
  const result = await db
    .updateTable('inventory_balances')
    .set({ reserved_qty: sql`reserved_qty - ${qty}`, updated_at: now })
    .where((eb) => eb.and(keyFilter(eb, d)))
    .where('reserved_qty', '>=', qty)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new DomainError(InventoryErrors.insufficientReserved, `Less than ${String(qtyToNumber(qty))} is reserved of ${describeDimensions(d)}`, [
      { field: 'quantity', reason: 'more than is reserved', value: qtyToNumber(qty) },
    ]);
  }
}
