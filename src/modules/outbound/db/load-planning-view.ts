import type { Executor } from '../../../platform/db/database.js';
import { fromJson } from '../../../platform/db/json.js';
import { loadFills, overCapacity, type Fill } from './load-fill.js';

const fillView = (f: Fill | undefined) => ({
  weightGrams: f?.weightGrams ?? 0,
  volumeCm3: f?.volumeCm3 ?? 0,
  itemsWithoutWeight: f?.itemsWithoutWeight ?? [],
  itemsWithoutVolume: f?.itemsWithoutVolume ?? [],
});

/**
 * The load planning workbench of a warehouse: every load not shipped yet, with its template's capacity,
 * what it holds (weight, volume, shipments) and each shipment with its own weight and volume.
 */
export async function loadPlanning(db: Executor, warehouseId: string) {
  const loads = await db.selectFrom('outbound_loads').selectAll().where('warehouse_id', '=', warehouseId).where('status', '!=', 'Shipped').orderBy('load_id').limit(500).execute();
  const ids = loads.map((l) => l.load_id);
  const [fills, shipments, templates] = await Promise.all([
    loadFills(db, ids),
    ids.length === 0 ? [] : db.selectFrom('outbound_shipments').selectAll().where('load_id', 'in', ids).orderBy('shipment_id').execute(),
    db.selectFrom('outbound_load_templates').selectAll().where('warehouse_id', '=', warehouseId).execute(),
  ]);
  const orders = ids.length === 0 ? [] : await db.selectFrom('outbound_load_lines').select(['shipment_id', 'order_number']).distinct().where('load_id', 'in', ids).where('status', '=', 'Open').execute();
  const byTemplate = new Map(templates.map((t) => [t.template_id, t]));
  return {
    warehouseId,
    loads: loads.map((l) => {
      const fill = fills.get(l.load_id);
      const mine = shipments.filter((s) => s.load_id === l.load_id);
      const template = l.load_template_id === null ? undefined : byTemplate.get(l.load_template_id);
      return {
        loadId: l.load_id,
        status: l.status,
        sourceSystemId: l.source_system_id,
        carrierId: l.carrier_id,
        loadTemplateId: l.load_template_id,
        capacity: template ? { maxWeightGrams: template.max_weight_grams === null ? null : Number(template.max_weight_grams), maxVolumeCm3: template.max_volume_cm3 === null ? null : Number(template.max_volume_cm3), maxShipments: template.max_shipments } : null,
        overCapacity: template && fill ? overCapacity(template, fill, mine.length) : [],
        ...fillView(fill),
        shipments: mine.map((s) => {
          const parties = fromJson<Record<string, unknown>>(s.parties, {});
          const receiver = parties.receiverName ?? parties.consigneeName;
          return {
            shipmentId: s.shipment_id,
            status: s.status,
            waveId: s.wave_id,
            receiverName: typeof receiver === 'string' ? receiver : null,
            orderNumbers: orders.filter((o) => o.shipment_id === s.shipment_id).map((o) => o.order_number),
            ...fillView(fill?.shipments.get(s.shipment_id)),
          };
        }),
      };
    }),
  };
}
