import type { Executor } from '../../../platform/db/database.js';
import { lockOutboundOrder } from '../db/row-locks.js';
import { headerStatus, lineReleaseStatus } from '../domain/statuses.js';

/** Lowers the released quantity of an order line (and its release statuses) by what a load line gave back. */
export async function returnToOrderLine(trx: Executor, now: number, orderNumber: string, lineNumber: number, qty: number): Promise<void> {
  await lockOutboundOrder(trx, orderNumber);
  const line = await trx.selectFrom('outbound_order_lines').select(['id', 'ordered_inventory_qty', 'released_inventory_qty']).where('order_number', '=', orderNumber).where('line_number', '=', lineNumber).executeTakeFirstOrThrow();
  const released = Math.max(0, line.released_inventory_qty - qty);
  await trx.updateTable('outbound_order_lines').set({ released_inventory_qty: released, release_status: lineReleaseStatus(line.ordered_inventory_qty, released) }).where('id', '=', line.id).execute();
  const statuses = await trx.selectFrom('outbound_order_lines').select('release_status').where('order_number', '=', orderNumber).where('status', '=', 'Active').execute();
  await trx
    .updateTable('outbound_orders')
    .set({ release_status: headerStatus(statuses.map((s) => s.release_status), 'Open', 'PartiallyReleased', 'Released'), updated_at: now })
    .where('order_number', '=', orderNumber)
    .execute();
}
