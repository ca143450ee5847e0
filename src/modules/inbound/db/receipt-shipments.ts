import type { Executor } from '../../../platform/db/database.js';
import { fromJson } from '../../../platform/db/json.js';
import type { InboundLoadLinesTable, InboundLoadsTable } from './tables.js';

/** What a shipment receipt's header says about the shipment it reports (reference 1.5). */
export interface ShipmentOnReceipt {
  shipmentId: string;
  documentDate: number | null;
  deliveryTermsCode: string | null;
  carrierId: string | null;
  carrierServiceId: string | null;
}

interface RegistrationPlace {
  lot_id: number;
  license_plate_id: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const date = (value: unknown): number | null => {
  const parsed = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(parsed) ? null : parsed;
};

/**
 * The shipments of a load and which one each registration arrived on: the ASN license plate it was
 * received as (a nested case belongs to its pallet's shipment), else the one shipment its order line
 * travels on in this load. A registration matching no shipment (a load without an ASN) has none.
 * Delivery terms and the vendor's packing slip date come from the ASN shipment's details, the carrier
 * from the shipment or else the load's transport.
 */
export async function loadShipments(db: Executor, load: InboundLoadsTable, loadLines: readonly Pick<InboundLoadLinesTable, 'lot_id' | 'shipment_id'>[]) {
  const transport = fromJson<Record<string, unknown>>(load.transport, {});
  const rows = await db.selectFrom('inbound_shipments').selectAll().where('load_id', '=', load.load_id).execute();
  const shipments = new Map<string, ShipmentOnReceipt>();
  for (const s of rows) {
    const details = fromJson<Record<string, unknown>>(s.details, {});
    shipments.set(s.shipment_id, {
      shipmentId: s.shipment_id,
      documentDate: date(details.vendorPackingSlipDocumentDate),
      deliveryTermsCode: text(details.deliveryTermsCode),
      carrierId: text(details.shippingCarrierId) ?? text(transport.shippingCarrierId),
      carrierServiceId: text(details.shippingCarrierServiceId) ?? text(transport.shippingCarrierServiceId),
    });
  }
  const plates = await db.selectFrom('inbound_packing_structures').select(['license_plate_id', 'shipment_id']).where('load_id', '=', load.load_id).execute();
  const byPlate = new Map(plates.flatMap((p) => (p.shipment_id === null ? [] : [[p.license_plate_id, p.shipment_id] as const])));
  const byLot = new Map<number, Set<string>>();
  for (const l of loadLines) {
    if (l.shipment_id === null) continue;
    const set = byLot.get(Number(l.lot_id)) ?? new Set<string>();
    set.add(l.shipment_id);
    byLot.set(Number(l.lot_id), set);
  }
  return {
    carrierId: text(transport.shippingCarrierId),
    carrierServiceId: text(transport.shippingCarrierServiceId),
    of(r: RegistrationPlace): ShipmentOnReceipt | null {
      const lots = byLot.get(Number(r.lot_id));
      const id = byPlate.get(r.license_plate_id) ?? (lots?.size === 1 ? [...lots][0] : undefined);
      return id === undefined ? null : (shipments.get(id) ?? null);
    },
  };
}
