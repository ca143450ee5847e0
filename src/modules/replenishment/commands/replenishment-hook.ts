import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { unreserve, type Dimensions } from '../../inventory/index.js';
import type { MoveContribution, WorkHook, WorkMoveEvent } from '../../work/index.js';
import type { ReplenishmentReservationsTable } from '../db/tables.js';

const dimensionsOf = (r: ReplenishmentReservationsTable): Dimensions => ({
  itemNumber: r.item_number,
  warehouseId: r.warehouse_id,
  locationId: r.location_id,
  licensePlateId: r.license_plate_id || null,
  ownerId: r.owner_id,
  inventoryStatusId: r.inventory_status_id,
  batchNumber: r.batch_number || null,
  serialNumber: r.serial_number || null,
});

/**
 * Min/max replenishment work takes part in the work module's confirmations: a pick gives back the stock
 * reserved for it at the source, in the same balance update as the take; the put is a plain transfer.
 * Canceled work gives back what it still holds.
 */
export const minMaxReplenishmentHook: WorkHook = {
  async onMove(trx: Executor, e: WorkMoveEvent): Promise<MoveContribution | undefined> {
    if (e.line.line_type !== 'Pick') return undefined;
    const row = await trx
      .updateTable('replenishment_reservations')
      .set({ qty: sql`qty - ${e.qty}` })
      .where('work_id', '=', e.header.work_id)
      .where('line_number', '=', e.line.line_number)
      .where('qty', '>=', e.qty)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new Error(`replenishment work '${e.header.work_id}' line ${String(e.line.line_number)} holds less than the picked quantity`);
    return { releases: [{ dimensions: dimensionsOf(row), qty: e.qty }] };
  },
  async onCancel(trx: Executor, e: { now: number; header: { work_id: string } }): Promise<void> {
    const rows = await trx.selectFrom('replenishment_reservations').selectAll().where('work_id', '=', e.header.work_id).where('qty', '>', 0).execute();
    for (const r of rows) await unreserve(trx, e.now, dimensionsOf(r), Number(r.qty));
    await trx.updateTable('replenishment_reservations').set({ qty: 0 }).where('work_id', '=', e.header.work_id).execute();
  },
};
