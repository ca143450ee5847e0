import { toIso } from '../../../platform/clock.js';
import type { OutboundLoadsTable, OutboundShipmentsTable, OutboundWaveTemplatesTable, OutboundWavesTable } from './tables.js';

/*
 * The headers of waves, loads, shipments and wave templates as the API shows them, shared by the
 * single-item routes (which add their children) and the list routes.
 */

export function loadHeaderView(load: OutboundLoadsTable) {
  return {
    loadId: load.load_id,
    warehouseId: load.warehouse_id,
    sourceSystemId: load.source_system_id,
    status: load.status,
    shippingCarrierId: load.carrier_id,
    deliveryModeCode: load.delivery_mode_code,
    shippedAt: toIso(load.shipped_at),
    createdAt: toIso(load.created_at),
    updatedAt: toIso(load.updated_at),
  };
}

export function waveHeaderView(wave: OutboundWavesTable) {
  return {
    waveId: wave.wave_id,
    warehouseId: wave.warehouse_id,
    waveTemplateId: wave.template_id,
    status: wave.status,
    createdAt: toIso(wave.created_at),
    executedAt: toIso(wave.executed_at),
  };
}

export function shipmentView(shipment: OutboundShipmentsTable) {
  return {
    shipmentId: shipment.shipment_id,
    loadId: shipment.load_id,
    waveId: shipment.wave_id,
    warehouseId: shipment.warehouse_id,
    sourceSystemId: shipment.source_system_id,
    status: shipment.status,
    shippingCarrierId: shipment.carrier_id,
    shippingCarrierServiceId: shipment.carrier_service_id,
    deliveryModeCode: shipment.delivery_mode_code,
    deliveryTermsCode: shipment.delivery_terms_code,
    createdAt: toIso(shipment.created_at),
  };
}

export function waveTemplateView(t: OutboundWaveTemplatesTable) {
  return {
    waveTemplateId: t.template_id,
    warehouseId: t.warehouse_id,
    sourceSystemId: t.source_system_id,
    shippingCarrierId: t.carrier_id,
    deliveryModeCode: t.delivery_mode_code,
    processAt: t.process_at as 'Release' | 'Threshold' | 'Manual',
    thresholdShipments: t.threshold_shipments,
    putLocationId: t.put_location_id,
    sequence: t.sequence,
  };
}
