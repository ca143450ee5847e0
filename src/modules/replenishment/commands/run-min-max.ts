import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { reserve } from '../../inventory/index.js';
import { createWork, loadDirectives } from '../../work/index.js';
import { facesOf, incomingTo, onHandAt, sourceStock } from '../db/face-reads.js';
import { chooseSources, replenishQuantity } from '../domain/min-max.js';
import { chunks } from '../../../platform/event-loop.js';

/** Min/max replenishment work refers to its pick face (`<location>/<item>`); the replenishment hook takes part in its confirmations. */
export const MIN_MAX_REFERENCE = 'FixedLocation';

export interface MinMaxOutcome {
  facesChecked: number;
  work: Array<{ workId: string; locationId: string; itemNumber: string; quantity: number }>;
}

/**
 * Min/max replenishment for a warehouse (one zone of it, when given): every fixed pick location whose
 * on-hand is at or below its minimum, and that has no open replenishment work, gets replenishment work
 * from storage (by the Replenishment pick location directives) to the face for max - (on hand +
 * incoming). The stock to move is reserved at its source until it is picked, so that nothing else takes it.
 */
export async function runMinMax(trx: Executor, ctx: Pick<AppContext, 'clock'>, warehouseId: string, zoneId?: string): Promise<MinMaxOutcome> {
  const now = ctx.clock.now();
  const faces = await facesOf(trx, warehouseId, zoneId);
  const outcome: MinMaxOutcome = { facesChecked: faces.length, work: [] };
  if (faces.length === 0) return outcome;
  const directives = await loadDirectives(trx, warehouseId, 'Replenishment', 'Pick');
  for (const face of faces) {
    const onHand = await onHandAt(trx, warehouseId, face.location_id, face.item_number);
    const { incoming, openWork } = await incomingTo(trx, warehouseId, face.location_id, face.item_number);
    const need = replenishQuantity({ minQty: Number(face.min_qty), maxQty: Number(face.max_qty), onHand, incoming, openWork });
    if (need <= 0) continue;
    const sources = chooseSources(face.item_number, directives, await sourceStock(trx, warehouseId, face.item_number, face.location_id), need);
    if (sources.length === 0) continue;
    const created = await createWork(trx, ctx, {
      workType: 'Replenishment',
      warehouseId,
      referenceType: MIN_MAX_REFERENCE,
      referenceId: `${face.location_id}/${face.item_number}`,
      sourceSystemId: null,
      moves: sources.map(({ stock, qty }) => ({
        itemNumber: face.item_number,
        qty,
        unit: face.inventory_unit,
        ownerId: stock.ownerId,
        inventoryStatusId: stock.inventoryStatusId,
        batchNumber: stock.batchNumber || null,
        serialNumber: stock.serialNumber || null,
        from: { locationId: stock.locationId, licensePlateId: stock.licensePlateId || null },
        // Stock arrives at the face loose, off its license plate.
        to: { locationId: face.location_id, licensePlateId: null },
      })),
    });
    const rows = sources.map(({ stock, qty }, i) => ({
      work_id: created.workId,
      line_number: created.pickLineNumbers[i] as number,
      item_number: face.item_number,
      warehouse_id: warehouseId,
      location_id: stock.locationId,
      license_plate_id: stock.licensePlateId,
      owner_id: stock.ownerId,
      inventory_status_id: stock.inventoryStatusId,
      batch_number: stock.batchNumber,
      serial_number: stock.serialNumber,
      qty,
      created_at: now,
    }));
    for (const r of rows) {
      await reserve(trx, now, { itemNumber: r.item_number, warehouseId, locationId: r.location_id, licensePlateId: r.license_plate_id || null, ownerId: r.owner_id, inventoryStatusId: r.inventory_status_id, batchNumber: r.batch_number || null, serialNumber: r.serial_number || null }, r.qty);
    }
    for (const part of chunks(rows)) await trx.insertInto('replenishment_reservations').values(part).execute();
    outcome.work.push({ workId: created.workId, locationId: face.location_id, itemNumber: face.item_number, quantity: sources.reduce((s, x) => s + x.qty, 0) });
  }
  return outcome;
}
