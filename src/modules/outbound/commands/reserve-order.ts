import { runCommand } from '../../../platform/command.js';
import type { AppContext } from '../../../platform/context.js';
import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { notFound } from '../../../platform/errors.js';
import type { LineOutcome } from '../domain/reservation-policy.js';
import { applyReservation, planReservation, reservedByLine, type LineDemand } from './reserve-stock.js';

/**
 * The active lines of an order with the item's batch tracking and what is reserved and picked per line:
 * one read for what reserveOrder and a release need (reservations counted by the source system's order
 * key, as reservedByLine does; picks by the order's load lines, as pickedByLine does).
 */
export async function activeLinesWithProgress(db: Executor, order: { order_number: string; source_system_id: string; source_order_number: string }) {
  const rows = await db
    .selectFrom('outbound_order_lines as l')
    .innerJoin('items as i', 'i.item_number', 'l.item_number')
    .selectAll('l')
    .select([
      'i.batch_tracked',
      sql<number | string | null>`(select sum(r.qty) from outbound_reservations r
        where r.source_system_id = ${order.source_system_id} and r.source_order_number = ${order.source_order_number} and r.line_number = l.line_number and r.qty > 0)`.as('reserved'),
      sql<number | string | null>`(select sum(ll.picked_qty) from outbound_load_lines ll where ll.order_number = l.order_number and ll.line_number = l.line_number)`.as('picked'),
    ])
    .where('l.order_number', '=', order.order_number)
    .where('l.status', '=', 'Active')
    .orderBy('l.line_number')
    .execute();
  return rows.map((r) => ({ ...r, reserved: Number(r.reserved ?? 0), picked: Number(r.picked ?? 0) }));
}

/** What an order line still needs reserved: ordered, less picked, less reserved. */
export function stillToReserve(line: { ordered_inventory_qty: number; picked: number; reserved: number }): number {
  return Math.max(0, line.ordered_inventory_qty - line.picked - line.reserved);
}

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
  if (order.status !== 'Active') return [];
  let lines = await activeLinesWithProgress(db, order);
  if (onlyLines) lines = lines.filter((l) => onlyLines.includes(l.line_number));

  let outcomes: LineOutcome[] = [];
  // The first round uses the reserved quantities read with the lines; a later one reads them again.
  let reserved = new Map(lines.map((l) => [l.line_number, l.reserved]));
  for (let round = 0; round < ROUNDS; round++) {
    if (round > 0) reserved = await reservedByLine(db, order.source_system_id, order.source_order_number);
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
        qty: Math.max(0, l.ordered_inventory_qty - l.picked - already),
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

/** Reserving an order by hand, as a request makes it. */
export function reserveOrderNow(ctx: Pick<AppContext, 'db' | 'clock' | 'wake'>, orderNumber: string): Promise<LineOutcome[]> {
  return runCommand(ctx, ({ trx, now }) => reserveOrder(trx, now, orderNumber), { wakes: [] });
}
