import type { Executor } from '../../../platform/db/database.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { OutboundErrors } from '../errors.js';
import { DomainError } from '../../../platform/errors.js';
import { loadHeaderView, waveHeaderView } from './wave-load-views.js';

/** A wave with its shipments, loads, pick work and the shortages its allocation met. */
export async function waveDetail(db: Executor, waveId: string) {
    const wave = await db.selectFrom('outbound_waves').selectAll().where('wave_id', '=', waveId).executeTakeFirst();
    if (!wave) throw new DomainError(OutboundErrors.waveNotFound, `Wave '${waveId}' does not exist`);
    const shipments = await db.selectFrom('outbound_shipments').select(['shipment_id', 'load_id']).where('wave_id', '=', waveId).orderBy('shipment_id').execute();
    const ids = shipments.map((s) => s.shipment_id);
    const work = ids.length ? await db.selectFrom('work_headers').select('work_id').where('reference_type', '=', 'OutboundShipment').where('reference_id', 'in', ids).orderBy('work_id').execute() : [];
    const shortages = await db.selectFrom('outbound_wave_shortages').selectAll().where('wave_id', '=', waveId).orderBy('id').execute();
    return {
      ...waveHeaderView(wave),
      shipmentIds: ids,
      loadIds: [...new Set(shipments.map((s) => s.load_id))],
      workIds: work.map((w) => w.work_id),
      shortages: shortages.map((s) => ({ orderNumber: s.order_number, lineNumber: s.line_number, itemNumber: s.item_number, shortQuantity: qtyToNumber(s.short_qty), reason: s.reason })),
    };
  }

/** A load with its shipments and load lines. */
export async function loadDetail(db: Executor, loadId: string) {
  const load = await db.selectFrom('outbound_loads').selectAll().where('load_id', '=', loadId).executeTakeFirst();
  if (!load) throw new DomainError(OutboundErrors.loadNotFound, `Load '${loadId}' does not exist`);
  const shipments = await db.selectFrom('outbound_shipments').select(['shipment_id', 'wave_id', 'status']).where('load_id', '=', load.load_id).orderBy('shipment_id').execute();
  const lines = await db.selectFrom('outbound_load_lines').selectAll().where('load_id', '=', load.load_id).orderBy('id').execute();
  return {
    ...loadHeaderView(load),
    shipments: shipments.map((s) => ({ shipmentId: s.shipment_id, waveId: s.wave_id, status: s.status })),
    lines: lines.map((l) => ({
      loadLineId: Number(l.id),
      shipmentId: l.shipment_id,
      orderNumber: l.order_number,
      orderLineNumber: l.line_number,
      itemNumber: l.item_number,
      quantity: qtyToNumber(l.qty),
      workCreatedQuantity: qtyToNumber(l.work_created_qty),
      pickedQuantity: qtyToNumber(l.picked_qty),
      shippedQuantity: qtyToNumber(l.shipped_qty),
      status: l.status,
    })),
  };
}
