import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { headerStatus, lineShipmentStatus } from '../domain/statuses.js';

/**
 * Ship confirm changes what an order line has shipped, and its reversal changes it back (reference 2.4:
 * shipment status follows the ship-confirmed quantities); posting the packing slip a day later only
 * finalizes the stock. `delta` is signed micro-units of the inventory unit.
 */
export async function addShipped(db: Executor, orderLineId: number, delta: number): Promise<void> {
  const line = await db
    .updateTable('outbound_order_lines')
    .set({ shipped_inventory_qty: sql`shipped_inventory_qty + ${delta}` })
    .where('id', '=', orderLineId)
    .returning(['ordered_inventory_qty', 'shipped_inventory_qty'])
    .executeTakeFirstOrThrow();
  await db.updateTable('outbound_order_lines').set({ shipment_status: lineShipmentStatus(line.ordered_inventory_qty, line.shipped_inventory_qty) }).where('id', '=', orderLineId).execute();
}

/** Each order's header shipment status from its active lines. */
export async function refreshOrderShipmentStatus(db: Executor, now: number, orderNumbers: Iterable<string>): Promise<void> {
  for (const orderNumber of new Set(orderNumbers)) {
    const statuses = await db.selectFrom('outbound_order_lines').select('shipment_status').where('order_number', '=', orderNumber).where('status', '=', 'Active').execute();
    await db
      .updateTable('outbound_orders')
      .set({ shipment_status: headerStatus(statuses.map((s) => s.shipment_status), 'Open', 'PartiallyShipped', 'Shipped'), updated_at: now })
      .where('order_number', '=', orderNumber)
      .execute();
  }
}
