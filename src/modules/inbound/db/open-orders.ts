import type { Executor } from '../../../platform/db/database.js';

/** Of these internal order numbers, the inbound orders still open: active and not fully received. */
export async function openInboundOrders(db: Executor, orderNumbers: readonly string[]): Promise<Set<string>> {
  if (orderNumbers.length === 0) return new Set();
  const rows = await db
    .selectFrom('inbound_orders')
    .select('order_number')
    .where('order_number', 'in', orderNumbers)
    .where('status', '=', 'Active')
    .where('receiving_status', '!=', 'Received')
    .execute();
  return new Set(rows.map((r) => r.order_number));
}
