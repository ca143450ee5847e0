import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';

/**
 * Shipment receipts as other modules may read them (the D365-compatible service): headers and lines in the
 * field names of /api/v1/shipment-receipts, quantities in micro-units, instants in epoch milliseconds, and
 * confined to one source system when one is given, as that route confines a source system's key.
 */
export function shipmentReceiptRows(db: Executor, sourceSystemId: string | undefined) {
  const q = db
    .selectFrom('shipment_receipts as r')
    .innerJoin('inbound_orders as o', 'o.order_number', 'r.order_number')
    .select([
      'r.receipt_version_number as shipmentReceiptVersionNumber',
      'r.receipt_number as shipmentReceiptNumber',
      'r.version as version',
      'r.is_active as isActive',
      'r.posting_status as postingStatus',
      'r.source_system_id as sourceSystemId',
      'r.load_id as loadId',
      'r.shipment_id as shipmentId',
      'r.order_number as inboundShipmentOrderNumber',
      'o.source_order_number as sourceSystemOrderNumber',
      'o.order_type as sourceSystemOrderType',
      'r.warehouse_id as receivingWarehouseId',
      'r.receipt_date as receiptDate',
      // D365's DocumentDate is never empty: the receipt date stands in for a shipment without one.
      sql<number>`coalesce(r.document_date, r.receipt_date)`.as('documentDate'),
      'r.delivery_terms_code as deliveryTermsCode',
      'r.shipping_carrier_id as shippingCarrierId',
      'r.shipping_carrier_service_id as shippingCarrierServiceId',
      'r.packing_slip_id as receivingCompletedPackingSlipId',
      'r.packing_slip_date as packingSlipDate',
      'o.parties as parties',
      'r.posted_at as postedAt',
      'r.updated_at as updatedAt',
    ]);
  return sourceSystemId === undefined ? q : q.where('r.source_system_id', '=', sourceSystemId);
}

export function shipmentReceiptLineRows(db: Executor, sourceSystemId: string | undefined) {
  const q = db
    .selectFrom('shipment_receipt_lines as l')
    .innerJoin('shipment_receipts as r', 'r.receipt_version_number', 'l.receipt_version_number')
    .innerJoin('inbound_orders as o', 'o.order_number', 'l.order_number')
    .select([
      'l.receipt_version_number as shipmentReceiptVersionNumber',
      'l.lot_id as inventoryLotId',
      'r.source_system_id as sourceSystemId',
      'l.order_number as inboundShipmentOrderNumber',
      'o.source_order_number as sourceSystemOrderNumber',
      'o.order_type as sourceSystemOrderType',
      'l.line_number as orderLineNumber',
      'l.item_number as itemNumber',
      'l.source_item_number as sourceSystemItemNumber',
      'l.ordered_qty as orderedQuantity',
      'l.ordered_unit as orderedUnitSymbol',
      'l.received_qty as receivedQuantity',
      'l.remaining_qty as remainingQuantity',
      'l.received_handling_qty as receivedHandlingQuantity',
      'l.remaining_handling_qty as remainingHandlingQuantity',
      'l.handling_unit as handlingUnitSymbol',
      'l.refs as references',
    ]);
  return sourceSystemId === undefined ? q : q.where('r.source_system_id', '=', sourceSystemId);
}

/** Where and how each receipt line's quantity was received: license plate, batch, serial, owner, status. */
export function shipmentReceiptDimensionRows(db: Executor, sourceSystemId: string | undefined) {
  const q = db
    .selectFrom('shipment_receipt_dimensions as d')
    .innerJoin('shipment_receipts as r', 'r.receipt_version_number', 'd.receipt_version_number')
    .leftJoin('shipment_receipt_lines as rl', (j) => j.onRef('rl.receipt_version_number', '=', 'd.receipt_version_number').onRef('rl.lot_id', '=', 'd.lot_id'))
    .leftJoin('items as i', 'i.item_number', 'rl.item_number')
    .select([
      'd.id as id',
      'd.receipt_version_number as shipmentReceiptVersionNumber',
      'd.lot_id as inventoryLotId',
      'r.source_system_id as sourceSystemId',
      'd.site_id as receivingSiteId',
      'd.warehouse_id as receivingWarehouseId',
      'd.license_plate_id as licensePlateNumber',
      'd.batch_number as itemBatchNumber',
      'd.serial_number as itemSerialNumber',
      'd.owner_id as inventoryOwnerId',
      'd.external_owner_id as sourceSystemInventoryOwnerId',
      'd.inventory_status_id as orderedInventoryStatusId',
      'd.source_item_number as sourceSystemItemNumber',
      'i.color_id as productColorId',
      'i.size_id as productSizeId',
      'i.style_id as productStyleId',
      'i.configuration_id as productConfigurationId',
      'd.disposition_code as sourceSystemDispositionCode',
      'd.handling_qty as handlingQuantity',
      'd.handling_unit as handlingUnitSymbol',
    ]);
  return sourceSystemId === undefined ? q : q.where('r.source_system_id', '=', sourceSystemId);
}
