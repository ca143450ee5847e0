import type { Executor } from '../../../platform/db/database.js';
import type { WriteBatch } from '../../orders/index.js';
import { insertLoad, plannedElsewhere } from '../db/loads.js';

/**
 * Load synchronization policy Full synchronization: the order's lines travel on one load created at
 * message processing, and every later message for the order keeps that load in step (new lines
 * added, changed quantities followed, canceled lines removed), never below what was registered.
 * With the processor's batch, it runs when the batch flushes, after the new orders are inserted.
 */
export async function synchronizeInboundLoads(db: Executor, now: number, orderNumber: string, batch?: WriteBatch): Promise<void> {
  if (batch) {
    const orders = batch.pending('inbound.loadSync', () => new Set<string>(), async (set) => {
      for (const o of set) await synchronizeNow(db, now, o);
      set.clear();
    });
    orders.add(orderNumber);
    return;
  }
  await synchronizeNow(db, now, orderNumber);
}

async function synchronizeNow(db: Executor, now: number, orderNumber: string): Promise<void> {
  const order = await db.selectFrom('inbound_orders').select(['order_number', 'warehouse_id', 'source_system_id', 'status']).where('order_number', '=', orderNumber).executeTakeFirst();
  if (!order) return;
  const lines = await db.selectFrom('inbound_order_lines').select(['id', 'line_number', 'item_number', 'expected_inventory_qty', 'status']).where('order_number', '=', orderNumber).execute();
  const synced = await db
    .selectFrom('inbound_load_lines as ll')
    .innerJoin('inbound_loads as l', 'l.load_id', 'll.load_id')
    .select(['ll.id', 'll.load_id', 'll.lot_id', 'll.qty', 'll.registered_qty', 'l.status'])
    .where('ll.order_number', '=', orderNumber)
    .where('l.origin', '=', 'MessageSynchronization')
    .execute();
  const openLoad = synced.find((s) => s.status !== 'Received')?.load_id;
  let loadId = openLoad;
  const byLot = new Map(synced.filter((s) => s.load_id === loadId).map((s) => [Number(s.lot_id), s]));

  for (const line of lines) {
    const current = byLot.get(line.id);
    const active = line.status === 'Active' && order.status === 'Active';
    const wanted = active ? Math.max(current?.registered_qty ?? 0, line.expected_inventory_qty - (await plannedElsewhere(db, line.id, loadId ?? null))) : (current?.registered_qty ?? 0);
    if (current) {
      if (wanted === 0) await db.deleteFrom('inbound_load_lines').where('id', '=', current.id).execute();
      else if (wanted !== current.qty) await db.updateTable('inbound_load_lines').set({ qty: wanted }).where('id', '=', current.id).execute();
    } else if (wanted > 0) {
      loadId ??= await insertLoad(db, now, { warehouseId: order.warehouse_id, sourceSystemId: order.source_system_id, origin: 'MessageSynchronization' });
      await db
        .insertInto('inbound_load_lines')
        .values({ load_id: loadId, shipment_id: null, order_number: orderNumber, line_number: line.line_number, lot_id: line.id, item_number: line.item_number, qty: wanted, registered_qty: 0 })
        .execute();
    }
  }
  if (loadId !== undefined) {
    const left = await db.selectFrom('inbound_load_lines').select('id').where('load_id', '=', loadId).executeTakeFirst();
    // A load emptied by a cancellation, with nothing received on it, has no reason to exist.
    if (!left) await db.deleteFrom('inbound_loads').where('load_id', '=', loadId).where('status', '=', 'Open').execute();
    else await db.updateTable('inbound_loads').set((eb) => ({ updated_at: now, version: eb('version', '+', 1) })).where('load_id', '=', loadId).execute();
  }
}
