import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { recordTransactions, unreserve } from '../../inventory/index.js';
import type { WorkHook, WorkMoveEvent } from '../../work/index.js';

/** Ledger rows of outbound issues refer to the load line they serve; packing slips finalize them by it. */
export const ISSUE_REFERENCE = 'OutboundLoadLine';

async function allocationOf(trx: Executor, workId: string, pickLineNumber: number) {
  const row = await trx.selectFrom('outbound_reservations').selectAll().where('work_id', '=', workId).where('work_line_number', '=', pickLineNumber).executeTakeFirst();
  if (!row || row.load_line_id === null) throw new Error(`work '${workId}' line ${String(pickLineNumber)} has no outbound allocation`);
  return row;
}

/**
 * Outbound pick work takes part in the work module's confirmations: before a pick moves reserved stock
 * off its location the reservation is given back (exactly where it was made), and when the put brings
 * it to the staging or bay door location it is issued there as Picked for its load line.
 */
export const outboundPickHook: WorkHook = {
  async beforeMove(trx: Executor, e: WorkMoveEvent): Promise<void> {
    if (e.line.line_type !== 'Pick') return;
    const row = await allocationOf(trx, e.header.work_id, e.line.line_number);
    const result = await trx
      .updateTable('outbound_reservations')
      .set({ qty: sql`qty - ${e.qty}`, updated_at: e.now })
      .where('id', '=', row.id)
      .where('qty', '>=', e.qty)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new Error(`reservation ${String(row.id)} holds less than the picked quantity`);
    await unreserve(trx, e.now, {
      itemNumber: row.item_number,
      warehouseId: row.warehouse_id,
      locationId: row.location_id,
      licensePlateId: row.license_plate_id,
      ownerId: row.owner_id,
      inventoryStatusId: row.inventory_status_id,
      batchNumber: row.batch_number,
      serialNumber: row.serial_number,
    }, e.qty);
  },

  async afterMove(trx: Executor, e: WorkMoveEvent): Promise<void> {
    if (e.line.line_type !== 'Put' || e.line.pick_line_number === null) return;
    const row = await allocationOf(trx, e.header.work_id, e.line.pick_line_number);
    const loadLineId = row.load_line_id ?? 0;
    const dims = {
      item_number: e.line.item_number,
      warehouse_id: e.header.warehouse_id,
      location_id: e.to,
      license_plate_id: e.line.license_plate_id,
      owner_id: e.line.owner_id,
      inventory_status_id: e.line.inventory_status_id,
      batch_number: e.line.batch_number,
      serial_number: e.line.serial_number,
    };
    await recordTransactions(trx, e.now, e.operationId, [
      {
        dimensions: {
          itemNumber: dims.item_number,
          warehouseId: dims.warehouse_id,
          locationId: dims.location_id,
          licensePlateId: dims.license_plate_id || null,
          ownerId: dims.owner_id,
          inventoryStatusId: dims.inventory_status_id,
          batchNumber: dims.batch_number || null,
          serialNumber: dims.serial_number || null,
        },
        qty: -e.qty,
        kind: 'Issue',
        status: 'Picked',
        sourceSystemId: e.header.source_system_id,
        referenceType: ISSUE_REFERENCE,
        referenceId: String(loadLineId),
        finalized: false,
      },
    ]);
    const loadLine = await trx
      .updateTable('outbound_load_lines')
      .set({ picked_qty: sql`picked_qty + ${e.qty}` })
      .where('id', '=', loadLineId)
      .returning('load_id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('outbound_picks').values({ load_line_id: loadLineId, load_id: loadLine.load_id, work_id: e.header.work_id, ...dims, qty: e.qty, operation_id: e.operationId, picked_at: e.now }).execute();
    await markLoadedWhenPicked(trx, e.now, loadLine.load_id);
  },
};

/** A load is Loaded once every open line of it is picked in full. */
export async function markLoadedWhenPicked(trx: Executor, now: number, loadId: string): Promise<void> {
  const open = await trx
    .selectFrom('outbound_load_lines')
    .select('id')
    .where('load_id', '=', loadId)
    .where('status', '=', 'Open')
    .where(sql<boolean>`picked_qty < qty`)
    .executeTakeFirst();
  if (open) return;
  await trx.updateTable('outbound_loads').set({ status: 'Loaded', updated_at: now }).where('load_id', '=', loadId).where('status', 'in', ['Open', 'InProcess']).execute();
}
