import { Type } from 'typebox';
import { toIso } from '../../../platform/clock.js';
import { fromJson } from '../../../platform/db/json.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import type { PackingSlipView } from '../db/packing-slip-views.js';

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
  sourceSystemItemNumber: Type.String(),
  orderedQuantity: Type.Number(),
  shippedQuantity: Type.Number(),
  remainingQuantity: Type.Number(),
  unitSymbol: Type.String({ description: 'Inventory unit of all quantities' }),
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
    updatedAt: toIso(s.header.updated_at),
    lines: s.lines.map((l) => ({
      inventoryLotId: Number(l.order_line_id),
      orderNumber: l.order_number,
      sourceSystemOrderNumber: l.source_order_number,
      orderLineNumber: l.line_number,
      itemNumber: l.item_number,
      sourceSystemItemNumber: l.source_item_number,
      orderedQuantity: qtyToNumber(l.ordered_qty),
      shippedQuantity: qtyToNumber(l.shipped_qty),
      remainingQuantity: qtyToNumber(l.remaining_qty),
      unitSymbol: l.inventory_unit,
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
