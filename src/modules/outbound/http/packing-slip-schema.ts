import { Type } from 'typebox';
import { toIso } from '../../../platform/clock.js';
import { fromJson } from '../../../platform/db/json.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { ProductDimensionFields } from '../../master-data/index.js';
import type { OrderedAs, PackingSlipView } from '../db/packing-slip-views.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const Dimension = Type.Object({
  shippingWarehouseLocationId: Type.String(),
  licensePlateNumber: nullable(Type.String()),
  itemBatchNumber: nullable(Type.String()),
  itemSerialNumber: nullable(Type.String()),
  inventoryOwnerId: Type.String(),
  sourceSystemInventoryOwnerId: nullable(Type.String()),
  inventoryStatusId: Type.String(),
  quantity: Type.Number(),
});
const Line = Type.Object({
  inventoryLotId: Type.Integer({ description: 'The outbound shipment order line' }),
  orderNumber: Type.String({ description: 'Internal order number' }),
  sourceSystemOrderNumber: Type.String(),
  orderLineNumber: Type.Integer(),
  itemNumber: Type.String(),
  sourceSystemItemNumber: Type.String({ description: 'The item number the order line named (a product master for a variant named by its dimensions)' }),
  ...ProductDimensionFields,
  crossDockSourceId: nullable(Type.String({ description: 'The cross-dock source id the order line named (its crossDockLines): stock received for that source was shipped on it straight from receiving' })),
  orderedQuantity: Type.Number(),
  shippedQuantity: Type.Number(),
  remainingQuantity: Type.Number(),
  unitSymbol: Type.String({ description: 'Inventory unit of orderedQuantity, shippedQuantity, remainingQuantity and the dimensions' }),
  orderedUnit: nullable(
    Type.Object(
      {
        unitSymbol: Type.String({ description: 'The unit the order line was ordered in (orderedUnitSymbol of the message)' }),
        orderedQuantity: Type.Number(),
        shippedQuantity: Type.Number({ description: 'The shipped inventory quantity converted at the order line\'s own ratio (ordered / ordered in inventory unit)' }),
        remainingQuantity: Type.Number(),
      },
      { description: "The line's quantities in the order's unit (5 box rather than 60 ea); null if the order line no longer exists" },
    ),
  ),
  consigneeLineNumber: nullable(Type.Integer()),
  consigneeItemNumber: nullable(Type.String()),
  consigneeReference: nullable(Type.String()),
  transactionDimensions: Type.Array(Dimension),
});
const Header = {
  shipmentPackingSlipVersionNumber: Type.String(),
  shipmentPackingSlipNumber: Type.String(),
  version: Type.Integer(),
  isActive: Type.Boolean(),
  postingStatus: Type.String({ description: 'ReadyForPosting, Posted or Reversed' }),
  sourceSystemId: Type.String(),
  loadId: Type.String(),
  shipmentId: Type.String(),
  shipFromWarehouseId: Type.String(),
  documentDate: nullable(Type.String()),
  postedAt: nullable(Type.String()),
  reversedAt: nullable(Type.String()),
  deliveryTermsCode: nullable(Type.String()),
  shippingCarrierId: nullable(Type.String()),
  shippingCarrierServiceId: nullable(Type.String()),
  parties: Type.Record(Type.String(), Type.Unknown()),
  consigneePurchaseOrderNumber: nullable(Type.String({ description: "The consignee's purchase order number (from the order's parties)" })),
  updatedAt: nullable(Type.String()),
};
export const Slip = Type.Object({ ...Header, lines: Type.Array(Line) });
export const SlipSummary = Type.Object(Header);

export function slipView(s: PackingSlipView) {
  const header = fromJson<Record<string, unknown>>(s.header.header, {});
  const opt = (v: string) => (v === '' ? null : v);
  return {
    shipmentPackingSlipVersionNumber: s.header.version_number,
    shipmentPackingSlipNumber: s.header.packing_slip_number,
    version: s.header.version,
    isActive: s.header.is_active === 1,
    postingStatus: s.header.posting_status,
    sourceSystemId: s.header.source_system_id,
    loadId: s.header.load_id,
    shipmentId: s.header.shipment_id,
    shipFromWarehouseId: s.header.warehouse_id,
    documentDate: toIso(s.header.document_date),
    postedAt: toIso(s.header.posted_at),
    reversedAt: toIso(s.header.reversed_at),
    deliveryTermsCode: (header.deliveryTermsCode as string | null | undefined) ?? null,
    shippingCarrierId: (header.shippingCarrierId as string | null | undefined) ?? null,
    shippingCarrierServiceId: (header.shippingCarrierServiceId as string | null | undefined) ?? null,
    parties: (header.parties as Record<string, unknown> | undefined) ?? {},
    consigneePurchaseOrderNumber: textOrNull((header.parties as Record<string, unknown> | undefined)?.consigneePurchaseOrderNumber),
    updatedAt: toIso(s.header.updated_at),
    lines: s.lines.map((l) => ({
      inventoryLotId: Number(l.order_line_id),
      orderNumber: l.order_number,
      sourceSystemOrderNumber: l.source_order_number,
      orderLineNumber: l.line_number,
      itemNumber: l.item_number,
      sourceSystemItemNumber: l.source_item_number,
      ...s.variantOf(l.item_number),
      crossDockSourceId: textOrNull(fromJson<Record<string, unknown>>(s.orderedAs.get(Number(l.order_line_id))?.refs ?? '{}', {}).crossDockSourceId),
      orderedQuantity: qtyToNumber(l.ordered_qty),
      shippedQuantity: qtyToNumber(l.shipped_qty),
      remainingQuantity: qtyToNumber(l.remaining_qty),
      unitSymbol: l.inventory_unit,
      ...orderedUnitOf(s.orderedAs.get(Number(l.order_line_id)), l),
      transactionDimensions: s.dimensions
        .filter((d) => d.packing_slip_line_id === l.id)
        .map((d) => ({
          shippingWarehouseLocationId: d.location_id,
          licensePlateNumber: opt(d.license_plate_id),
          itemBatchNumber: opt(d.batch_number),
          itemSerialNumber: opt(d.serial_number),
          inventoryOwnerId: d.owner_id,
          sourceSystemInventoryOwnerId: d.source_owner_id,
          inventoryStatusId: d.inventory_status_id,
          quantity: qtyToNumber(d.qty),
        })),
    })),
  };
}

const textOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Quantities in the order's unit at the order line's own ratio, and the line's consignee references. */
function orderedUnitOf(ordered: OrderedAs | undefined, l: { ordered_qty: number; shipped_qty: number; remaining_qty: number }) {
  const refs = fromJson<Record<string, unknown>>(ordered?.refs ?? '{}', {});
  const inOrderUnit = (inventoryQty: number) => qtyToNumber(Math.round((Number(inventoryQty) * Number(ordered!.ordered_qty)) / Number(ordered!.ordered_inventory_qty)));
  return {
    orderedUnit:
      ordered && Number(ordered.ordered_inventory_qty) > 0
        ? { unitSymbol: ordered.unit, orderedQuantity: inOrderUnit(l.ordered_qty), shippedQuantity: inOrderUnit(l.shipped_qty), remainingQuantity: inOrderUnit(l.remaining_qty) }
        : null,
    consigneeLineNumber: typeof refs.consigneeLineNumber === 'number' ? refs.consigneeLineNumber : null,
    consigneeItemNumber: textOrNull(refs.consigneeItemNumber),
    consigneeReference: textOrNull(refs.consigneeReference),
  };
}
