import type { Executor } from '../../../platform/db/database.js';
import { fromJson } from '../../../platform/db/json.js';

/** What was shipped on a packing slip or an order, for checking a return against it. */
export interface ShippedGoods {
  sourceSystemId: string;
  warehouseId: string;
  /** The outbound orders (internal numbers) the goods were shipped on, and the packing slips. */
  orderNumbers: string[];
  packingSlipNumbers: string[];
  /** The customer as the (first) order names it: its consignee block. */
  consignee: Record<string, unknown>;
  /** By item: the quantity shipped (micro-units of the inventory unit) and the owner it was shipped as. */
  items: Map<string, { qty: number; ownerId: string; unit: string }>;
}

/**
 * Shipped goods by the packing slip number or by the outbound order number (internal, or the source
 * system's), from active packing slips that are not reversed; undefined when nothing was shipped on it.
 */
export async function shippedGoods(db: Executor, by: { packingSlipNumber: string } | { orderNumber: string }): Promise<ShippedGoods | undefined> {
  let query = db
    .selectFrom('outbound_packing_slip_dimensions as d')
    .innerJoin('outbound_packing_slips as p', 'p.id', 'd.packing_slip_id')
    .innerJoin('outbound_packing_slip_lines as l', 'l.id', 'd.packing_slip_line_id')
    .select(['p.source_system_id', 'p.warehouse_id', 'p.packing_slip_number', 'l.order_number', 'l.item_number', 'l.inventory_unit', 'd.owner_id', 'd.qty'])
    .where('p.is_active', '=', 1)
    .where('p.posting_status', '<>', 'Reversed');
  query = 'packingSlipNumber' in by ? query.where('p.packing_slip_number', '=', by.packingSlipNumber) : query.where((eb) => eb.or([eb('l.order_number', '=', by.orderNumber), eb('l.source_order_number', '=', by.orderNumber)]));
  const rows = await query.orderBy('d.id').execute();
  const first = rows[0];
  if (!first) return undefined;
  const items = new Map<string, { qty: number; ownerId: string; unit: string }>();
  for (const r of rows) {
    const known = items.get(r.item_number);
    items.set(r.item_number, { qty: (known?.qty ?? 0) + Number(r.qty), ownerId: known?.ownerId ?? r.owner_id, unit: r.inventory_unit });
  }
  const orderNumbers = [...new Set(rows.map((r) => r.order_number))];
  const order = await db.selectFrom('outbound_orders').select('parties').where('order_number', '=', first.order_number).executeTakeFirst();
  const parties = fromJson<Record<string, unknown>>(order?.parties ?? '{}', {});
  const consignee = Object.fromEntries(Object.entries(parties).filter(([key]) => key.startsWith('consignee')));
  const packingSlipNumbers = [...new Set(rows.map((r) => r.packing_slip_number))];
  return { sourceSystemId: first.source_system_id, warehouseId: first.warehouse_id, orderNumbers, packingSlipNumbers, consignee, items };
}
