import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';

/**
 * The next position of the shipment receipt change feed. Taking it updates one sequence row, which
 * PostgreSQL locks until the taking transaction ends: positions therefore become visible in order,
 * and a reader that remembers its cursor never skips a change.
 */
export async function nextReceiptChange(db: Executor): Promise<number> {
  return Number(await nextNumber(db, 'shipmentReceiptChange', { prefix: '', width: 1 }));
}
