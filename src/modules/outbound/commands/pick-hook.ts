import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { ledgerEntries } from '../../inventory/index.js';
import type { MoveContribution, WorkHook, WorkLineContext, WorkMoveEvent } from '../../work/index.js';
import { customerOf } from '../db/order-parties.js';

/** Ledger rows of outbound issues refer to the load line they serve; packing slips finalize them by it. */
export const ISSUE_REFERENCE = 'OutboundLoadLine';

async function allocationOf(trx: Executor, workId: string, pickLineNumber: number) {
  const row = await trx.selectFrom('outbound_reservations').selectAll().where('work_id', '=', workId).where('work_line_number', '=', pickLineNumber).executeTakeFirst();
  if (!row || row.load_line_id === null) throw new Error(`work '${workId}' line ${String(pickLineNumber)} has no outbound allocation`);
  return row;
}

/**
 * The pick takes its quantity off the allocation that reserved it (the first allocation of the pick line,
 * as allocationOf reads it) and answers the allocation, in one statement.
 */
async function takeFromAllocation(trx: Executor, e: WorkMoveEvent) {
  const taken = await trx
    .updateTable('outbound_reservations')
    .set({ qty: sql`qty - ${e.qty}`, updated_at: e.now })
    .where('id', '=', (eb) =>
      eb.selectFrom('outbound_reservations').select('id').where('work_id', '=', e.header.work_id).where('work_line_number', '=', e.line.line_number).orderBy('id').limit(1),
    )
    .where('load_line_id', 'is not', null)
    .where('qty', '>=', e.qty)
    .returningAll()
    .executeTakeFirst();
  if (taken) return taken;
  const row = await allocationOf(trx, e.header.work_id, e.line.line_number);
  throw new Error(`reservation ${String(row.id)} holds less than the picked quantity`);
}

/**
 * Outbound pick work takes part in the work module's confirmations: a pick gives back the reservation
 * (exactly where it was made) as the stock leaves its location, in the same balance update; when the put
 * brings the stock to the staging or bay door location it is issued there as Picked for its load line,
 * with the same ledger insert as the move (so the balance there nets to no change).
 */
export const outboundPickHook: WorkHook = {
  /** The order each pick line serves and the order's customer, from the reservations the wave allocated to the line. */
  async describeLines(db: Executor, { workId }: { workId: string }): Promise<ReadonlyMap<number, WorkLineContext>> {
    const rows = await db
      .selectFrom('outbound_reservations as r')
      .innerJoin('outbound_orders as o', 'o.order_number', 'r.order_number')
      .select(['r.work_line_number', 'r.order_number', 'o.source_order_number', 'o.parties'])
      .where('r.work_id', '=', workId)
      .where('r.work_line_number', 'is not', null)
      .orderBy('r.id')
      .execute();
    const lines = new Map<number, WorkLineContext>();
    for (const r of rows) {
      if (r.work_line_number === null || lines.has(r.work_line_number)) continue;
      lines.set(r.work_line_number, { orderNumber: r.order_number, sourceSystemOrderNumber: r.source_order_number, partyName: customerOf(r.parties) });
    }
    return lines;
  },
  async onMove(trx: Executor, e: WorkMoveEvent): Promise<MoveContribution | undefined> {
    if (e.line.line_type === 'Pick') {
      const row = await takeFromAllocation(trx, e);
      return {
        releases: [
          {
            dimensions: {
              itemNumber: row.item_number,
              warehouseId: row.warehouse_id,
              locationId: row.location_id,
              licensePlateId: row.license_plate_id,
              ownerId: row.owner_id,
              inventoryStatusId: row.inventory_status_id,
              batchNumber: row.batch_number,
              serialNumber: row.serial_number,
            },
            qty: e.qty,
          },
        ],
      };
    }
    if (e.line.line_type !== 'Put' || e.line.pick_line_number === null) return undefined;
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
    return {
      entries: ledgerEntries.issuePicked(
        {
          itemNumber: dims.item_number,
          warehouseId: dims.warehouse_id,
          locationId: dims.location_id,
          licensePlateId: dims.license_plate_id || null,
          ownerId: dims.owner_id,
          inventoryStatusId: dims.inventory_status_id,
          batchNumber: dims.batch_number || null,
          serialNumber: dims.serial_number || null,
        },
        e.qty,
        { sourceSystemId: e.header.source_system_id, referenceType: ISSUE_REFERENCE, referenceId: String(loadLineId) },
      ),
      afterMove: async () => {
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
  },
};

/** A load is Loaded once every open line of it is picked in full (one statement: the check is part of the update). */
export async function markLoadedWhenPicked(trx: Executor, now: number, loadId: string): Promise<void> {
  await trx
    .updateTable('outbound_loads')
    .set({ status: 'Loaded', updated_at: now })
    .where('load_id', '=', loadId)
    .where('status', 'in', ['Open', 'InProcess'])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('outbound_load_lines')
            .select('id')
            .where('outbound_load_lines.load_id', '=', loadId)
            .where('outbound_load_lines.status', '=', 'Open')
            .where(sql<boolean>`outbound_load_lines.picked_qty < outbound_load_lines.qty`),
        ),
      ),
    )
    .execute();
}
