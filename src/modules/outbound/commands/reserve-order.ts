import type { Executor } from '../../../platform/db/database.js';
import { notFound } from '../../../platform/errors.js';
import type { LineOutcome } from '../domain/reservation-policy.js';
import { pickedByLine } from '../db/picked-by-line.js';
import { applyReservation, planReservation, reservedByLine, type LineDemand } from './reserve-stock.js';

/** Rounds of read-then-guarded-reserve before giving up on stock that others keep taking. */
const ROUNDS = 3;

/**
 * Reserves what the active lines of an order still need (by hand, or as part of release). Each round
 * reads candidates and reserves them with guarded increments; a row that someone else took in between
 * is simply tried again with fresh numbers in the next round, so concurrent callers never oversell and
 * rarely come away short while stock is there.
 */
export async function reserveOrder(db: Executor, now: number, orderNumber: string, onlyLines?: readonly number[]): Promise<LineOutcome[]> {
  const order = await db.selectFrom('outbound_orders').select(['order_number', 'source_system_id', 'source_order_number', 'warehouse_id', 'status']).where('order_number', '=', orderNumber).executeTakeFirst();
  if (!order) throw notFound('Outbound shipment order', orderNumber);
  let lines = await db
    .selectFrom('outbound_order_lines as l')
    .innerJoin('items as i', 'i.item_number', 'l.item_number')
    .select(['l.line_number', 'l.item_number', 'l.owner_id', 'l.inventory_status_id', 'l.batch_number', 'l.serial_number', 'l.sellable_days', 'l.ordered_inventory_qty', 'i.batch_tracked'])
    .where('l.order_number', '=', orderNumber)
    .where('l.status', '=', 'Active')
    .orderBy('l.line_number')
    .execute();
  if (onlyLines) lines = lines.filter((l) => onlyLines.includes(l.line_number));
  if (order.status !== 'Active') return [];
  const picked = await pickedByLine(db, order.source_system_id, order.source_order_number);

  let outcomes: LineOutcome[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const reserved = await reservedByLine(db, order.source_system_id, order.source_order_number);
    const demands: LineDemand[] = lines.map((l) => {
      const already = reserved.get(l.line_number) ?? 0;
      return {
        lineNumber: l.line_number,
        itemNumber: l.item_number,
        warehouseId: order.warehouse_id,
        ownerId: l.owner_id,
        inventoryStatusId: l.inventory_status_id,
        batchNumber: l.batch_number,
        serialNumber: l.serial_number,
        sellableDays: l.sellable_days,
        batchTracked: l.batch_tracked === 1,
        qty: Math.max(0, l.ordered_inventory_qty - (picked.get(l.line_number) ?? 0) - already),
        alreadyReserved: already,
      };
    });
    const plan = await planReservation(db, now, demands);
    const lost = await applyReservation(db, now, { sourceSystemId: order.source_system_id, sourceOrderNumber: order.source_order_number, orderNumber }, plan.takes);
    outcomes = plan.lines;
    if (lost.length === 0) break;
    for (const take of lost) {
      const line = outcomes.find((o) => o.lineNumber === take.lineNumber);
      if (line) {
        line.reserved -= take.qty;
        line.short += take.qty;
        line.reason = 'the stock was reserved by someone else at the same moment';
      }
    }
  }
  return outcomes;
}
