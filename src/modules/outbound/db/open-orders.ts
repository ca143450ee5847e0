import type { Executor } from '../../../platform/db/database.js';

/** Of these internal order numbers, the outbound orders still open: active and not fully shipped. */
export async function openOutboundOrders(db: Executor, orderNumbers: readonly string[]): Promise<Set<string>> {
  if (orderNumbers.length === 0) return new Set();
  const rows = await db
    .selectFrom('outbound_orders')
    .select('order_number')
    .where('order_number', 'in', orderNumbers)
    .where('status', '=', 'Active')
    .where('shipment_status', '!=', 'Shipped')
    .execute();
  return new Set(rows.map((r) => r.order_number));
}
