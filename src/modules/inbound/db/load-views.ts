import type { Executor } from '../../../platform/db/database.js';
import { toIso } from '../../../platform/clock.js';
import { fromJson } from '../../../platform/db/json.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import type { InboundLoadsTable } from './tables.js';

export function loadHeaderView(l: InboundLoadsTable) {
  return {
    loadId: l.load_id,
    warehouseId: l.warehouse_id,
    sourceSystemId: l.source_system_id,
    loadStatus: l.status,
    origin: l.origin,
    loadOverReceiptPolicy: l.over_receipt_policy,
    transport: fromJson<Record<string, unknown>>(l.transport, {}),
    receivingCompletedAt: toIso(l.receiving_completed_at),
    packingSlipId: l.packing_slip_id,
    packingSlipDate: toIso(l.packing_slip_date),
    version: l.version,
    createdAt: toIso(l.created_at) ?? '',
    updatedAt: toIso(l.updated_at) ?? '',
  };
}

export async function loadView(db: Executor, load: InboundLoadsTable) {
  const [lines, shipments, plates, packingLines] = await Promise.all([
    db.selectFrom('inbound_load_lines').selectAll().where('load_id', '=', load.load_id).orderBy('order_number').orderBy('line_number').execute(),
    db.selectFrom('inbound_shipments').selectAll().where('load_id', '=', load.load_id).orderBy('shipment_id').execute(),
    db.selectFrom('inbound_packing_structures').selectAll().where('load_id', '=', load.load_id).orderBy('id').execute(),
    db.selectFrom('inbound_packing_lines').selectAll().where('load_id', '=', load.load_id).orderBy('id').execute(),
  ]);
  return {
    ...loadHeaderView(load),
    lines: lines.map((l) => ({
      orderNumber: l.order_number,
      orderLineNumber: l.line_number,
      inventoryLotId: Number(l.lot_id),
      itemNumber: l.item_number,
      shipmentId: l.shipment_id,
      quantity: qtyToNumber(l.qty),
      registeredQuantity: qtyToNumber(l.registered_qty),
    })),
    shipments: shipments.map((s) => ({
      shipmentId: s.shipment_id,
      vendorShipmentId: s.vendor_shipment_id,
      vendorPackingSlipId: s.vendor_packing_slip_id,
      details: fromJson<Record<string, unknown>>(s.details, {}),
    })),
    licensePlates: plates.map((p) => ({
      licensePlateNumber: p.license_plate_id,
      parentLicensePlateNumber: p.parent_license_plate_id,
      shipmentId: p.shipment_id,
      receivedAt: toIso(p.received_at),
      lines: packingLines
        .filter((x) => x.license_plate_id === p.license_plate_id)
        .map((x) => ({ inventoryLotId: Number(x.lot_id), itemNumber: x.item_number, quantity: qtyToNumber(x.qty), batchNumber: x.batch_number })),
    })),
  };
}
