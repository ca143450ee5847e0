import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';

/**
 * Shipment packing slips as other modules may read them (the D365-compatible service): headers and lines in
 * the field names of /api/v1/shipment-packing-slips, quantities in micro-units, instants in epoch
 * milliseconds, confined to one source system when one is given, as that route confines a source system's key.
 */
export function packingSlipRows(db: Executor, sourceSystemId: string | undefined) {
  const q = db
    .selectFrom('outbound_packing_slips as p')
    .select([
      'p.version_number as shipmentPackingSlipVersionNumber',
      'p.packing_slip_number as shipmentPackingSlipNumber',
      'p.version as version',
      'p.is_active as isActive',
      'p.posting_status as postingStatus',
      'p.source_system_id as sourceSystemId',
      'p.load_id as loadId',
      'p.shipment_id as shipmentId',
      'p.warehouse_id as shipFromWarehouseId',
      'p.document_date as documentDate',
      'p.posted_at as postedAt',
      /** Delivery terms, carrier and service, delivery mode and the consignee/receiver blocks (JSON). */
      'p.header as header',
      'p.updated_at as updatedAt',
    ]);
  return sourceSystemId === undefined ? q : q.where('p.source_system_id', '=', sourceSystemId);
}

export function packingSlipLineRows(db: Executor, sourceSystemId: string | undefined) {
  const q = db
    .selectFrom('outbound_packing_slip_lines as l')
    .innerJoin('outbound_packing_slips as p', 'p.id', 'l.packing_slip_id')
    .innerJoin('outbound_order_lines as ol', 'ol.id', 'l.order_line_id')
    .innerJoin('outbound_orders as o', 'o.order_number', 'l.order_number')
    .select([
      'p.version_number as shipmentPackingSlipVersionNumber',
      'l.id as packingSlipLineId',
      'l.order_line_id as inventoryLotId',
      'p.source_system_id as sourceSystemId',
      'l.order_number as outboundShipmentOrderNumber',
      'l.source_order_number as sourceSystemOrderNumber',
      'l.line_number as orderLineNumber',
      'l.item_number as itemNumber',
      'l.source_item_number as sourceSystemItemNumber',
      'ol.ordered_qty as orderedQuantity',
      'ol.unit as orderedUnitSymbol',
      'l.ordered_qty as orderedInventoryQuantity',
      'l.shipped_qty as shippedInventoryQuantity',
      'l.remaining_qty as remainingInventoryQuantity',
      'l.inventory_unit as inventoryUnitSymbol',
      // In the order's unit at the order line's own ratio (as the REST packing slip's orderedUnit).
      sql<number>`case when ol.ordered_inventory_qty = 0 then 0 else (l.shipped_qty * ol.ordered_qty) / ol.ordered_inventory_qty end`.as('shippedOrderedQuantity'),
      sql<number>`case when ol.ordered_inventory_qty = 0 then 0 else (l.remaining_qty * ol.ordered_qty) / ol.ordered_inventory_qty end`.as('remainingOrderedQuantity'),
      'ol.refs as references',
      'o.parties as parties',
    ]);
  return sourceSystemId === undefined ? q : q.where('p.source_system_id', '=', sourceSystemId);
}

/** Where and how each packing slip line's quantity was picked: location, license plate, batch, serial, owner, status. */
export function packingSlipDimensionRows(db: Executor, sourceSystemId: string | undefined) {
  const q = db
    .selectFrom('outbound_packing_slip_dimensions as d')
    .innerJoin('outbound_packing_slips as p', 'p.id', 'd.packing_slip_id')
    .innerJoin('outbound_packing_slip_lines as l', 'l.id', 'd.packing_slip_line_id')
    .leftJoin('items as i', 'i.item_number', 'l.item_number')
    .select([
      'd.id as id',
      'p.version_number as shipmentPackingSlipVersionNumber',
      'd.packing_slip_id as packingSlipId',
      'd.packing_slip_line_id as packingSlipLineId',
      'l.order_line_id as inventoryLotId',
      'p.source_system_id as sourceSystemId',
      'p.warehouse_id as shippingWarehouseId',
      'd.location_id as shippingWarehouseLocationId',
      'd.license_plate_id as licensePlateNumber',
      'd.batch_number as itemBatchNumber',
      'd.serial_number as itemSerialNumber',
      'd.owner_id as inventoryOwnerId',
      'd.source_owner_id as sourceSystemInventoryOwnerId',
      'd.inventory_status_id as orderedInventoryStatusId',
      'l.source_item_number as sourceSystemItemNumber',
      'i.color_id as productColorId',
      'i.size_id as productSizeId',
      'i.style_id as productStyleId',
      'i.configuration_id as productConfigurationId',
      'd.qty as handlingQuantity',
      'l.inventory_unit as handlingUnitSymbol',
    ]);
  return sourceSystemId === undefined ? q : q.where('p.source_system_id', '=', sourceSystemId);
}
