import type { Insertable, Selectable } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { toJson } from '../../../platform/db/json.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { DomainError, type FieldProblem } from '../../../platform/errors.js';
import { convertQty, qtyToNumber, type Qty } from '../../../platform/quantity.js';
import { appendEvents, type NewBusinessEvent } from '../../events/index.js';
import { findSourceSystem, inboundOrderPolicies, inboundPolicyFor, type SourceSystem } from '../../source-systems/index.js';
import { referenceReader } from '../../master-data/index.js';
import { bumpLoad, findLoad, orderLinesByLot } from '../db/loads.js';
import { loadShipments, type ShipmentOnReceipt } from '../db/receipt-shipments.js';
import { loadView } from '../db/load-views.js';
import { inboundParameters } from '../db/parameters.js';
import { nextReceiptChange } from '../db/receipt-feed.js';
import { refreshReceivingStatuses } from '../db/receiving-statuses.js';
import type { InboundRegistrationsTable, ShipmentReceiptDimensionsTable, ShipmentReceiptLinesTable } from '../db/tables.js';
import { overDeliveryLimit, underDeliveryLimit } from '../domain/tolerance.js';
import { InboundErrors } from '../errors.js';
import { receiptModified } from './receipt-events.js';
import { runCommand } from '../../../platform/command.js';
import { chunks } from '../../../platform/event-loop.js';

export interface ReceivingCompletedInput {
  loadId: string;
  packingSlipId?: string | null;
  packingSlipDate?: number | null;
}

type Registration = Omit<Selectable<InboundRegistrationsTable>, 'id'> & { id: number };

/** Registrations of the load not yet reported, or reported on a receipt that was reversed since. */
async function pendingRegistrations(db: Executor, loadId: string): Promise<Registration[]> {
  const rows = await db
    .selectFrom('inbound_registrations as r')
    .selectAll('r')
    .where('r.load_id', '=', loadId)
    .where((eb) =>
      eb.or([
        eb('r.receipt_number', 'is', null),
        eb.exists(eb.selectFrom('shipment_receipts as s').select('s.receipt_number').whereRef('s.receipt_number', '=', 'r.receipt_number').where('s.is_active', '=', 1).where('s.posting_status', '=', 'Canceled')),
      ]),
    )
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/**
 * Receiving completed for a load, inside the caller's transaction: applies the source system's
 * delivery policy, stamps the load Received, and creates one shipment receipt per shipment of the load
 * and order (a new version of a reversed receipt, or a new number), each with its business event.
 */
export async function completeReceivingIn(trx: Executor, ctx: AppContext, input: ReceivingCompletedInput) {
  const now = ctx.clock.now();
  const load = await findLoad(trx, input.loadId);
  const registrations = await pendingRegistrations(trx, load.load_id);
  if (registrations.length === 0) {
    throw new DomainError(InboundErrors.nothingReceived, `Nothing was registered on load '${load.load_id}' since its last receiving completed`, [{ field: 'loadId', reason: 'no registrations to report', value: load.load_id }]);
  }
  const params = await inboundParameters(trx, load.warehouse_id);
  if (params.packingSlipPolicy === 'Always' && !input.packingSlipId) {
    throw new DomainError(InboundErrors.packingSlipRequired, `Warehouse '${load.warehouse_id}' requires the vendor packing slip id at receiving completed`, [{ field: 'packingSlipId', reason: 'required by the packing slip policy Always', value: null }]);
  }
  if (params.packingSlipPolicy === 'Never' && input.packingSlipId) {
    throw new DomainError(InboundErrors.packingSlipNotCaptured, `Warehouse '${load.warehouse_id}' does not capture packing slip ids`, [{ field: 'packingSlipId', reason: 'the packing slip policy is Never', value: input.packingSlipId }]);
  }
  const sourceSystemId = load.source_system_id ?? registrations[0]?.source_system_id ?? '';
  const system = await findSourceSystem(trx, sourceSystemId);
  const loadLines = await trx.selectFrom('inbound_load_lines').selectAll().where('load_id', '=', load.load_id).execute();
  const lines = await orderLinesByLot(trx, [...loadLines.map((l) => Number(l.lot_id)), ...registrations.map((r) => Number(r.lot_id))]);

  // The delivery policy of each line's order: the source system's grid row for its type and account, or its own setting.
  const deliveryPolicy = await deliveryPolicies(trx, system, sourceSystemId, loadLines.map((l) => l.order_number));
  const matched = loadLines.filter((ll) => deliveryPolicy.get(ll.order_number) === 'RequireMatchWithinTolerance');
  const adjusted = loadLines.filter((ll) => deliveryPolicy.get(ll.order_number) !== 'RequireMatchWithinTolerance');
  {
    const problems: FieldProblem[] = [];
    for (const ll of matched) {
      const ol = lines.get(Number(ll.lot_id));
      if (!ol) continue;
      const low = underDeliveryLimit(ll.qty, ol.underdelivery_pct);
      const high = overDeliveryLimit(ll.qty, ol.overdelivery_pct);
      if (ll.registered_qty < low || ll.registered_qty > high) {
        problems.push({ field: `lines/${ll.order_number}/${String(ll.line_number)}`, reason: `registered ${String(qtyToNumber(ll.registered_qty))} of ${String(qtyToNumber(ll.qty))}, outside ${String(qtyToNumber(low))}..${String(qtyToNumber(high))}`, value: qtyToNumber(ll.registered_qty) });
      }
    }
    if (problems.length > 0) throw new DomainError(InboundErrors.deliveryMismatch, `Load '${load.load_id}' does not match what was received within tolerance`, problems);
  }
  {
    // AdjustLoadToReceived: the load now says what arrived; what did not arrive may travel on another load.
    for (const ll of adjusted) {
      if (ll.registered_qty === 0) await trx.deleteFrom('inbound_load_lines').where('id', '=', ll.id).execute();
      else if (ll.registered_qty !== ll.qty) await trx.updateTable('inbound_load_lines').set({ qty: ll.registered_qty }).where('id', '=', ll.id).execute();
    }
  }

  const refs = referenceReader(trx);
  const site = (await refs.warehouse(load.warehouse_id))?.siteId ?? null;
  const shipments = await loadShipments(trx, load, loadLines);
  // One receipt per shipment of the load and order (reference 1.5: per load shipment).
  const groups = new Map<string, { orderNumber: string; shipment: ShipmentOnReceipt | null; regs: Registration[] }>();
  for (const r of registrations) {
    const shipment = shipments.of(r);
    const key = `${r.order_number}\u0000${shipment?.shipmentId ?? ''}`;
    const group = groups.get(key) ?? { orderNumber: r.order_number, shipment, regs: [] };
    group.regs.push(r);
    groups.set(key, group);
  }
  const events: NewBusinessEvent[] = [];
  const created: string[] = [];
  for (const { orderNumber, shipment, regs } of groups.values()) {
    const order = await trx.selectFrom('inbound_orders').selectAll().where('order_number', '=', orderNumber).executeTakeFirstOrThrow();
    const reused = regs.find((r) => r.receipt_number !== null)?.receipt_number ?? null;
    let receiptNumber: string;
    let version = 1;
    if (reused !== null) {
      receiptNumber = reused;
      const last = await trx.selectFrom('shipment_receipts').select((eb) => eb.fn.max<number>('version').as('v')).where('receipt_number', '=', reused).executeTakeFirst();
      version = Number(last?.v ?? 0) + 1;
      await trx.updateTable('shipment_receipts').set({ is_active: 0, updated_at: now }).where('receipt_number', '=', reused).where('is_active', '=', 1).execute();
    } else {
      receiptNumber = await nextNumber(trx, 'shipmentReceipt', { prefix: 'SR-', width: 8 });
    }
    const versionNumber = `${receiptNumber}.${String(version)}`;
    const changeSeq = await nextReceiptChange(trx);
    const row = {
      receipt_version_number: versionNumber,
      receipt_number: receiptNumber,
      version,
      is_active: 1,
      posting_status: 'ReadyForPosting',
      source_system_id: order.source_system_id,
      load_id: load.load_id,
      shipment_id: shipment?.shipmentId ?? null,
      order_number: orderNumber,
      warehouse_id: load.warehouse_id,
      receipt_date: now,
      document_date: shipment?.documentDate ?? input.packingSlipDate ?? null,
      delivery_terms_code: shipment?.deliveryTermsCode ?? null,
      shipping_carrier_id: shipment?.carrierId ?? shipments.carrierId,
      shipping_carrier_service_id: shipment?.carrierServiceId ?? shipments.carrierServiceId,
      packing_slip_id: input.packingSlipId ?? null,
      packing_slip_date: input.packingSlipDate ?? null,
      header: toJson({ sourceSystemOrderNumber: order.source_order_number, sourceSystemOrderType: order.order_type, parties: JSON.parse(order.parties) as unknown }),
      change_seq: changeSeq,
      attempts: 0,
      last_error: null,
      posted_at: null,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('shipment_receipts').values(row).execute();

    const receiptLines: Insertable<ShipmentReceiptLinesTable>[] = [];
    const dims = new Map<string, Insertable<ShipmentReceiptDimensionsTable>>();
    const lots = [...new Set(regs.map((r) => Number(r.lot_id)))];
    for (const lot of lots) {
      const ol = lines.get(lot);
      if (!ol) continue;
      const mine = regs.filter((r) => Number(r.lot_id) === lot);
      const received = mine.reduce((s, r) => s + r.qty, 0);
      const remaining = Math.max(0, ol.expected_inventory_qty - ol.received_inventory_qty);
      const back = await refs.conversion(ol.item_number, ol.inventory_unit, ol.unit);
      const toOrderUnit = (q: number) => (back ? convertQty(q as Qty, back.numerator, back.denominator) : q);
      receiptLines.push({
        receipt_version_number: versionNumber,
        lot_id: lot,
        order_number: orderNumber,
        line_number: ol.line_number,
        item_number: ol.item_number,
        source_item_number: ol.source_item_number,
        ordered_qty: ol.expected_qty,
        ordered_unit: ol.unit,
        received_qty: toOrderUnit(received),
        remaining_qty: toOrderUnit(remaining),
        received_handling_qty: received,
        remaining_handling_qty: remaining,
        handling_unit: ol.inventory_unit,
        refs: ol.refs,
      });
      for (const r of mine) {
        const key = [lot, r.license_plate_id, r.batch_number, r.serial_number, r.owner_id, r.inventory_status_id, r.disposition_code].join('\u0000');
        const d = dims.get(key);
        if (d) d.handling_qty = Number(d.handling_qty) + r.qty;
        else {
          dims.set(key, {
            receipt_version_number: versionNumber,
            lot_id: lot,
            site_id: site,
            warehouse_id: load.warehouse_id,
            license_plate_id: r.license_plate_id || null,
            batch_number: r.batch_number || null,
            serial_number: r.serial_number || null,
            owner_id: r.owner_id,
            external_owner_id: (await refs.externalOwnerId(order.source_system_id, r.owner_id)) ?? null,
            inventory_status_id: r.inventory_status_id,
            source_item_number: ol.source_item_number,
            handling_qty: r.qty,
            handling_unit: ol.inventory_unit,
            disposition_code: r.disposition_code,
          });
        }
      }
    }
    for (const part of chunks(receiptLines)) await trx.insertInto('shipment_receipt_lines').values(part).execute();
    for (const part of chunks([...dims.values()])) await trx.insertInto('shipment_receipt_dimensions').values(part).execute();
    await trx.updateTable('inbound_registrations').set({ receipt_number: receiptNumber }).where('id', 'in', regs.map((r) => r.id)).execute();
    events.push(receiptModified(row, order.source_order_number, 'Created'));
    created.push(versionNumber);
  }
  await refreshReceivingStatuses(trx, now, [...new Set(registrations.map((r) => Number(r.lot_id)))]);
  await bumpLoad(trx, load, now, { status: 'Received', receiving_completed_at: now, packing_slip_id: input.packingSlipId ?? null, packing_slip_date: input.packingSlipDate ?? null });
  await appendEvents(trx, ctx.ids, now, events);
  return { ...(await loadView(trx, await findLoad(trx, load.load_id))), shipmentReceiptVersionNumbers: created };
}

export async function completeReceiving(ctx: AppContext, input: ReceivingCompletedInput) {
  const result = await runCommand(ctx, ({ trx }) => completeReceivingIn(trx, ctx, input));
  ctx.wake('events');
  return result;
}

/**
 * The batch process: receiving completed for every in-process load whose lines are all registered in
 * full. A load that cannot be completed (e.g. the packing slip id is required) is left for a person.
 */
export async function completeFullyRegisteredLoads(ctx: AppContext): Promise<number> {
  const candidates = await ctx.db.kysely
    .selectFrom('inbound_loads as l')
    .select('l.load_id')
    .where('l.status', '=', 'InProcess')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('inbound_load_lines as ll').select('ll.id').whereRef('ll.load_id', '=', 'l.load_id').whereRef('ll.registered_qty', '<', 'll.qty'))))
    .orderBy('l.load_id')
    .execute();
  let completed = 0;
  for (const c of candidates) {
    try {
      await completeReceiving(ctx, { loadId: c.load_id });
      completed += 1;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      ctx.log.info({ loadId: c.load_id, code: error.code }, 'receiving completed skipped a load');
    }
  }
  return completed;
}

/** Each order's delivery policy at receiving completed (reference section 4, per order type and account). */
async function deliveryPolicies(db: Executor, system: SourceSystem | undefined, sourceSystemId: string, orderNumbers: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(orderNumbers)];
  if (!system || unique.length === 0) return new Map();
  const grid = await inboundOrderPolicies(db, sourceSystemId);
  const orders = await db.selectFrom('inbound_orders').select(['order_number', 'order_type', 'parties']).where('order_number', 'in', unique).execute();
  return new Map(
    orders.map((o) => {
      const account = (JSON.parse(o.parties) as { consignerAccountNumber?: unknown }).consignerAccountNumber;
      return [o.order_number, inboundPolicyFor(system, grid, { orderType: o.order_type, accountNumber: typeof account === 'string' ? account : null }).deliveryPolicy];
    }),
  );
}
