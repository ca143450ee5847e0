import type { Executor } from '../../../platform/db/database.js';
import { toIso } from '../../../platform/clock.js';
import { flag, fromJson } from '../../../platform/db/json.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { productDimensionLookup } from '../../master-data/index.js';
import type { ShipmentReceiptsTable } from './tables.js';

export function receiptHeaderView(r: ShipmentReceiptsTable) {
  const header = fromJson<{ sourceSystemOrderNumber?: string; sourceSystemOrderType?: string | null; parties?: Record<string, unknown> }>(r.header, {});
  return {
    shipmentReceiptVersionNumber: r.receipt_version_number,
    shipmentReceiptNumber: r.receipt_number,
    version: r.version,
    isActive: flag(r.is_active),
    postingStatus: r.posting_status,
    sourceSystemId: r.source_system_id,
    loadId: r.load_id,
    shipmentId: r.shipment_id,
    inboundShipmentOrderNumber: r.order_number,
    sourceSystemOrderNumber: header.sourceSystemOrderNumber ?? '',
    sourceSystemOrderType: header.sourceSystemOrderType ?? null,
    receivingWarehouseId: r.warehouse_id,
    receiptDate: toIso(r.receipt_date) ?? '',
    documentDate: toIso(r.document_date),
    deliveryTermsCode: r.delivery_terms_code,
    shippingCarrierId: r.shipping_carrier_id,
    shippingCarrierServiceId: r.shipping_carrier_service_id,
    receivingCompletedPackingSlipId: r.packing_slip_id,
    packingSlipDate: toIso(r.packing_slip_date),
    parties: header.parties ?? {},
    cursor: String(r.change_seq),
    postedAt: toIso(r.posted_at),
    postingAttempts: r.attempts,
    lastPostingError: r.last_error,
    updatedAt: toIso(r.updated_at) ?? '',
  };
}

export async function receiptViews(db: Executor, rows: readonly ShipmentReceiptsTable[]) {
  const numbers = rows.map((r) => r.receipt_version_number);
  if (numbers.length === 0) return [];
  const [lines, dims] = await Promise.all([
    db.selectFrom('shipment_receipt_lines').selectAll().where('receipt_version_number', 'in', numbers).orderBy('order_number').orderBy('line_number').execute(),
    db.selectFrom('shipment_receipt_dimensions').selectAll().where('receipt_version_number', 'in', numbers).orderBy('id').execute(),
  ]);
  const variantOf = await productDimensionLookup(db, lines.map((l) => l.item_number));
  return rows.map((r) => ({
    ...receiptHeaderView(r),
    lines: lines
      .filter((l) => l.receipt_version_number === r.receipt_version_number)
      .map((l) => ({
        inventoryLotId: Number(l.lot_id),
        orderLineNumber: l.line_number,
        itemNumber: l.item_number,
        sourceSystemItemNumber: l.source_item_number,
        ...variantOf(l.item_number),
        orderedQuantity: qtyToNumber(l.ordered_qty),
        orderedUnitSymbol: l.ordered_unit,
        receivedQuantity: qtyToNumber(l.received_qty),
        remainingQuantity: qtyToNumber(l.remaining_qty),
        receivedHandlingQuantity: qtyToNumber(l.received_handling_qty),
        remainingHandlingQuantity: qtyToNumber(l.remaining_handling_qty),
        handlingUnitSymbol: l.handling_unit,
        references: fromJson<Record<string, unknown>>(l.refs, {}),
      })),
    transactionDimensions: dims
      .filter((d) => d.receipt_version_number === r.receipt_version_number)
      .map((d) => ({
        inventoryLotId: Number(d.lot_id),
        receivingSiteId: d.site_id,
        receivingWarehouseId: d.warehouse_id,
        licensePlateNumber: d.license_plate_id,
        itemBatchNumber: d.batch_number,
        itemSerialNumber: d.serial_number,
        inventoryOwnerId: d.owner_id,
        sourceSystemInventoryOwnerId: d.external_owner_id,
        orderedInventoryStatusId: d.inventory_status_id,
        sourceSystemItemNumber: d.source_item_number,
        sourceSystemDispositionCode: d.disposition_code === '' ? null : d.disposition_code,
        handlingQuantity: qtyToNumber(d.handling_qty),
        handlingUnitSymbol: d.handling_unit,
      })),
  }));
}
