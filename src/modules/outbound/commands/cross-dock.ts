import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { fromJson } from '../../../platform/db/json.js';
import type { CrossDocked, CrossDockSupply } from '../../inbound/index.js';
import { toDimensionRow } from '../../inventory/index.js';
import { lockOutboundOrder } from '../db/row-locks.js';
import { releaseOrder } from './release-orders.js';
import { activeLinesWithProgress, stillToReserve } from './reserve-order.js';
import { applyReservation } from './reserve-stock.js';

/**
 * Cross-docking (reference 3.9): stock received for an inbound line with a cross-dock source id goes to the
 * outbound order line of the same source system that names that id in its cross-dock lines (same item and
 * warehouse, still needing stock). The received stock itself is reserved for the line, right where it was
 * received, and the order is released: its wave's pick work takes the stock from the receipt location to
 * outbound staging, and it ships with the order. Nothing of it is put away.
 */
export async function crossDockReceipt(trx: Executor, ctx: AppContext, supply: CrossDockSupply): Promise<CrossDocked | null> {
  const candidates = await trx
    .selectFrom('outbound_order_lines as l')
    .innerJoin('outbound_orders as o', 'o.order_number', 'l.order_number')
    .select(['l.order_number', 'l.line_number', 'l.refs'])
    .where('o.source_system_id', '=', supply.sourceSystemId)
    .where('o.warehouse_id', '=', supply.stock.warehouseId)
    .where('o.status', '=', 'Active')
    .where('l.status', '=', 'Active')
    .where('l.item_number', '=', supply.stock.itemNumber)
    .where('l.owner_id', '=', supply.stock.ownerId)
    .where('l.refs', 'like', '%crossDockSourceId%')
    .orderBy('l.order_number')
    .orderBy('l.line_number')
    .execute();
  const demand = candidates.find((c) => fromJson<Record<string, unknown>>(c.refs, {}).crossDockSourceId === supply.crossDockSourceId);
  if (!demand) return null;
  await lockOutboundOrder(trx, demand.order_number);
  const order = await trx.selectFrom('outbound_orders').select(['order_number', 'source_system_id', 'source_order_number']).where('order_number', '=', demand.order_number).executeTakeFirstOrThrow();
  const line = (await activeLinesWithProgress(trx, order)).find((l) => l.line_number === demand.line_number);
  const qty = line ? Math.min(stillToReserve(line), supply.qty) : 0;
  if (qty <= 0) return null;
  const now = ctx.clock.now();
  const lost = await applyReservation(trx, now, { sourceSystemId: order.source_system_id, sourceOrderNumber: order.source_order_number, orderNumber: order.order_number }, [
    { lineNumber: demand.line_number, dims: toDimensionRow(supply.stock), qty },
  ]);
  if (lost.length > 0) return null;
  // Released now (its wave, if released orders are waved at once, makes the pick work from the receipt location).
  await releaseOrder(trx, ctx, order.order_number, { quantityToRelease: 'PhysicallyReserved', allowPartiallyReleased: true });
  return { orderNumber: order.order_number, sourceOrderNumber: order.source_order_number, lineNumber: demand.line_number, qty };
}
