import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';

/*
 * Order-line progress (released, work created, picked) is changed by release, wave allocation, short
 * picks and order changes from several processes at once. Each of them first takes the row lock of what
 * it changes with an UPDATE that writes a column to itself: PostgreSQL holds that row until the
 * transaction ends, so the next caller waits and then reads the committed result (READ COMMITTED takes a
 * new snapshot per statement); SQLite runs write transactions one at a time anyway. An UPDATE rather than
 * SELECT ... FOR UPDATE works unchanged on both databases.
 */

/** Holds an outbound order (its header, its lines' progress and its reservations) until the transaction ends. */
export async function lockOutboundOrder(db: Executor, orderNumber: string): Promise<boolean> {
  const result = await db.updateTable('outbound_orders').set({ updated_at: sql`updated_at` }).where('order_number', '=', orderNumber).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Holds several orders, always in the same (sorted) order so that two callers cannot wait for each other. */
export async function lockOutboundOrders(db: Executor, orderNumbers: Iterable<string>): Promise<void> {
  for (const orderNumber of [...new Set(orderNumbers)].sort()) await lockOutboundOrder(db, orderNumber);
}

/** Holds a shipment (its load lines' work-created quantities) until the transaction ends. */
export async function lockShipment(db: Executor, shipmentId: string): Promise<void> {
  await db.updateTable('outbound_shipments').set({ status: sql`status` }).where('shipment_id', '=', shipmentId).execute();
}
