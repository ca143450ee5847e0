import type { Selectable } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { productDimensionLookup, type ProductDimensions } from '../../master-data/index.js';
import type { OutboundPackingSlipDimensionsTable, OutboundPackingSlipLinesTable, OutboundPackingSlipsTable } from './tables.js';

/** What a packing slip line shows of its order line: the order's own unit and quantity, and the ERP's references. */
export interface OrderedAs {
  unit: string;
  ordered_qty: number;
  ordered_inventory_qty: number;
  refs: string;
}

export interface PackingSlipView {
  header: Selectable<OutboundPackingSlipsTable>;
  lines: Selectable<OutboundPackingSlipLinesTable>[];
  dimensions: Selectable<OutboundPackingSlipDimensionsTable>[];
  /** By order line id. */
  orderedAs: Map<number, OrderedAs>;
  /** A line item's product dimensions (all null for an item without variants). */
  variantOf: (itemNumber: string) => ProductDimensions;
}

export async function loadPackingSlip(db: Executor, versionNumber: string): Promise<PackingSlipView | undefined> {
  const header = await db.selectFrom('outbound_packing_slips').selectAll().where('version_number', '=', versionNumber).executeTakeFirst();
  if (!header) return undefined;
  const lines = await db.selectFrom('outbound_packing_slip_lines').selectAll().where('packing_slip_id', '=', header.id).orderBy('id').execute();
  const dimensions = await db.selectFrom('outbound_packing_slip_dimensions').selectAll().where('packing_slip_id', '=', header.id).orderBy('id').execute();
  const orderLineIds = [...new Set(lines.map((l) => l.order_line_id))];
  const ordered =
    orderLineIds.length === 0
      ? []
      : await db.selectFrom('outbound_order_lines').select(['id', 'unit', 'ordered_qty', 'ordered_inventory_qty', 'refs']).where('id', 'in', orderLineIds).execute();
  const variantOf = await productDimensionLookup(db, lines.map((l) => l.item_number));
  return { header, lines, dimensions, orderedAs: new Map(ordered.map((o) => [Number(o.id), o])), variantOf };
}
