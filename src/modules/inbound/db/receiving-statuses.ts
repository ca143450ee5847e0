import type { Executor } from '../../../platform/db/database.js';
import { headerReceivingStatus, lineReceivingStatus } from '../domain/tolerance.js';

/**
 * Receiving status (reference 2.3) is driven by receiving completed: a line counts what the load
 * reported on shipment receipts that stand (ready for posting or posted, not reversed). Receiving
 * completed and its reversal set it; posting the receipt a day later only finalizes the stock.
 */
export async function refreshReceivingStatuses(db: Executor, now: number, lots: readonly number[]): Promise<void> {
  if (lots.length === 0) return;
  const totals = await db
    .selectFrom('inbound_registrations as r')
    .select(['r.lot_id', (eb) => eb.fn.sum<number>('r.qty').as('qty')])
    .where('r.lot_id', 'in', lots)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('shipment_receipts as s')
          .select('s.receipt_number')
          .whereRef('s.receipt_number', '=', 'r.receipt_number')
          .where('s.is_active', '=', 1)
          .where('s.posting_status', 'in', ['ReadyForPosting', 'Posted']),
      ),
    )
    .groupBy('r.lot_id')
    .execute();
  const reported = new Map(totals.map((t) => [Number(t.lot_id), Number(t.qty)]));
  const lines = await db.selectFrom('inbound_order_lines').select(['id', 'order_number', 'expected_inventory_qty', 'underdelivery_pct']).where('id', 'in', lots).execute();
  for (const l of lines) {
    await db.updateTable('inbound_order_lines').set({ receiving_status: lineReceivingStatus(l.expected_inventory_qty, reported.get(l.id) ?? 0, l.underdelivery_pct) }).where('id', '=', l.id).execute();
  }
  for (const orderNumber of new Set(lines.map((l) => l.order_number))) {
    const statuses = await db.selectFrom('inbound_order_lines').select('receiving_status').where('order_number', '=', orderNumber).where('status', '=', 'Active').execute();
    await db.updateTable('inbound_orders').set({ receiving_status: headerReceivingStatus(statuses.map((s) => s.receiving_status)), updated_at: now }).where('order_number', '=', orderNumber).execute();
  }
}
