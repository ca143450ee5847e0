import type { Executor } from '../../../platform/db/database.js';

/** Picked (and shipped) quantity per line of an order, from its load lines. */
export async function pickedByLine(db: Executor, sourceSystemId: string, sourceOrderNumber: string): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('outbound_load_lines as ll')
    .innerJoin('outbound_orders as o', 'o.order_number', 'll.order_number')
    .select(['ll.line_number', (eb) => eb.fn.sum<number>('ll.picked_qty').as('qty')])
    .where('o.source_system_id', '=', sourceSystemId)
    .where('o.source_order_number', '=', sourceOrderNumber)
    .groupBy('ll.line_number')
    .execute();
  return new Map(rows.map((r) => [r.line_number, Number(r.qty)]));
}
