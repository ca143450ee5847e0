import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { ensureProcess } from '../../../platform/jobs/processes.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { ReplenishmentErrors } from '../errors.js';
import { MIN_MAX_PROCESS, minMaxScope } from '../processes.js';

export interface FixedLocationInput {
  warehouseId: string;
  itemNumber: string;
  locationId: string;
  /** Micro-units. */
  minQty: number;
  maxQty: number;
}

/**
 * Sets the fixed pick location of an item in a warehouse with its min/max (one per item and warehouse),
 * and makes sure the warehouse's min/max replenishment process exists. Answers whether it was new.
 */
export async function saveFixedLocation(trx: Executor, now: number, input: FixedLocationInput): Promise<{ created: boolean }> {
  if (input.minQty > input.maxQty) {
    throw new DomainError(ReplenishmentErrors.minAboveMax, `Minimum ${String(qtyToNumber(input.minQty))} is above maximum ${String(qtyToNumber(input.maxQty))}`, [
      { field: 'minQuantity', reason: 'must not be above maxQuantity', value: qtyToNumber(input.minQty) },
    ]);
  }
  const location = await trx.selectFrom('locations').select('location_id').where('warehouse_id', '=', input.warehouseId).where('location_id', '=', input.locationId).executeTakeFirst();
  if (!location) {
    throw new DomainError(ReplenishmentErrors.unknownReference, `Location '${input.locationId}' does not exist in warehouse '${input.warehouseId}'`, [{ field: 'locationId', reason: 'unknown location', value: input.locationId }]);
  }
  const item = await trx.selectFrom('items').select('item_number').where('item_number', '=', input.itemNumber).executeTakeFirst();
  if (!item) throw new DomainError(ReplenishmentErrors.unknownReference, `Item '${input.itemNumber}' does not exist`, [{ field: 'itemNumber', reason: 'unknown item', value: input.itemNumber }]);
  const updated = await trx
    .updateTable('replenishment_fixed_locations')
    .set((eb) => ({ location_id: input.locationId, min_qty: input.minQty, max_qty: input.maxQty, version: eb('version', '+', 1), updated_at: now }))
    .where('warehouse_id', '=', input.warehouseId)
    .where('item_number', '=', input.itemNumber)
    .executeTakeFirst();
  const created = Number(updated.numUpdatedRows) === 0;
  if (created) {
    await trx
      .insertInto('replenishment_fixed_locations')
      .values({ warehouse_id: input.warehouseId, item_number: input.itemNumber, location_id: input.locationId, min_qty: input.minQty, max_qty: input.maxQty, version: 1, created_at: now, updated_at: now })
      .execute();
  }
  // Min/max is checked in the background too, every 10 minutes per warehouse.
  await ensureProcess(trx, MIN_MAX_PROCESS, { scopeKey: minMaxScope(input.warehouseId), sourceSystemId: null }, now);
  return { created };
}

export async function removeFixedLocation(trx: Executor, warehouseId: string, itemNumber: string): Promise<void> {
  const r = await trx.deleteFrom('replenishment_fixed_locations').where('warehouse_id', '=', warehouseId).where('item_number', '=', itemNumber).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw new DomainError(ReplenishmentErrors.fixedLocationNotFound, `Item '${itemNumber}' has no fixed pick location in warehouse '${warehouseId}'`);
}
