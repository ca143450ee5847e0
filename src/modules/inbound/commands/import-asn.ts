import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { toJson } from '../../../platform/db/json.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { chunks, yieldToEventLoop, yielder } from '../../../platform/event-loop.js';
import { capped, CommonErrors, DomainError, type FieldProblem } from '../../../platform/errors.js';
import { convertQty, qtyToNumber, type Qty } from '../../../platform/quantity.js';
import { referenceReader } from '../../master-data/index.js';
import { findLoad, insertLoad, plannedElsewhere, type OrderLineRow } from '../db/loads.js';
import { loadView } from '../db/load-views.js';
import { overDeliveryLimit } from '../domain/tolerance.js';
import { InboundErrors } from '../errors.js';
import { runCommand } from '../../../platform/command.js';

export interface AsnLine {
  /** The source system's order number, as in its inbound shipment order message. */
  orderNumber: string;
  orderLineNumber: number;
  /** The source system's item number or the internal one. */
  itemNumber: string;
  /** Micro-units of unitSymbol. */
  qty: number;
  unitSymbol: string;
  batchNumber?: string | null;
}

export interface AsnLicensePlate {
  licensePlateNumber: string;
  /** Set for a case nested in another license plate of the same shipment. */
  parentLicensePlateNumber?: string | null;
  lines?: AsnLine[];
}

export interface AsnShipment {
  vendorShipmentId?: string | null;
  vendorPackingSlipId?: string | null;
  details?: Record<string, unknown>;
  licensePlates: AsnLicensePlate[];
}

export interface AsnInput {
  sourceSystemId: string;
  receivingWarehouseId: string;
  transport?: Record<string, unknown>;
  shipments: AsnShipment[];
}

interface ResolvedLine {
  shipment: number;
  plate: string;
  line: OrderLineRow;
  qty: number;
  batch: string | null;
}

/**
 * Imports an advanced shipping notice (Inbound ASN V5 shape): a load, its shipments, license plates
 * with optional nested cases, and item lines, each validated against an existing order line. Every
 * mismatch is reported at once (INBOUND.ASN_MISMATCH) and nothing is written.
 */
export async function importAsn(ctx: AppContext, input: AsnInput) {
  checkSize(input);
  return runCommand(ctx, async ({ trx, now }) => {
    const problems: FieldProblem[] = [];
    const resolved = await resolve(trx, input, problems);
    if (problems.length > 0) {
      const shown = capped(problems);
      throw new DomainError(InboundErrors.asnMismatch, `The ASN does not match its orders: ${shown.detail}`, shown.problems);
    }
    const loadId = await insertLoad(trx, now, { warehouseId: input.receivingWarehouseId, sourceSystemId: input.sourceSystemId, origin: 'Asn', transport: input.transport, status: 'Shipped' });
    const shipmentIds: string[] = [];
    for (const s of input.shipments) {
      const shipmentId = await nextNumber(trx, 'inboundShipment', { prefix: 'ISH-', width: 8 });
      shipmentIds.push(shipmentId);
      await trx
        .insertInto('inbound_shipments')
        .values({ shipment_id: shipmentId, load_id: loadId, vendor_shipment_id: s.vendorShipmentId ?? null, vendor_packing_slip_id: s.vendorPackingSlipId ?? null, details: toJson(s.details ?? {}), created_at: now })
        .execute();
    }
    const byLot = new Map<number, { line: OrderLineRow; qty: number; shipment: number }>();
    for (const r of resolved) {
      const e = byLot.get(r.line.id);
      if (e) e.qty += r.qty;
      else byLot.set(r.line.id, { line: r.line, qty: r.qty, shipment: r.shipment });
    }
    const loadLines = [...byLot.values()].map((e) => ({ load_id: loadId, shipment_id: shipmentIds[e.shipment] ?? null, order_number: e.line.order_number, line_number: e.line.line_number, lot_id: e.line.id, item_number: e.line.item_number, qty: e.qty, registered_qty: 0 }));
    for (const part of chunks(loadLines)) {
      await trx.insertInto('inbound_load_lines').values(part).execute();
      await yieldToEventLoop();
    }
    const plates = input.shipments.flatMap((s, i) => s.licensePlates.map((p) => ({ load_id: loadId, shipment_id: shipmentIds[i] ?? null, license_plate_id: p.licensePlateNumber, parent_license_plate_id: p.parentLicensePlateNumber ?? null, received_at: null })));
    for (const part of chunks(plates)) {
      await trx.insertInto('inbound_packing_structures').values(part).execute();
      await yieldToEventLoop();
    }
    const packingLines = resolved.map((r) => ({ load_id: loadId, license_plate_id: r.plate, lot_id: r.line.id, item_number: r.line.item_number, qty: r.qty, batch_number: r.batch }));
    for (const part of chunks(packingLines)) {
      await trx.insertInto('inbound_packing_lines').values(part).execute();
      await yieldToEventLoop();
    }
    return loadView(trx, await findLoad(trx, loadId));
  });
}

/** The most license plates and item lines one ASN may hold in all its shipments (a few full trucks). */
export const MAX_ASN_TOTAL_LICENSE_PLATES = 5000;
export const MAX_ASN_TOTAL_LINES = 5000;

function checkSize(input: AsnInput): void {
  const plates = input.shipments.reduce((n, s) => n + s.licensePlates.length, 0);
  const lines = input.shipments.reduce((n, s) => n + s.licensePlates.reduce((m, p) => m + (p.lines ?? []).length, 0), 0);
  const problems: FieldProblem[] = [];
  if (plates > MAX_ASN_TOTAL_LICENSE_PLATES) problems.push({ field: 'shipments', reason: `hold ${String(plates)} license plates; at most ${String(MAX_ASN_TOTAL_LICENSE_PLATES)} fit one ASN`, value: plates });
  if (lines > MAX_ASN_TOTAL_LINES) problems.push({ field: 'shipments', reason: `hold ${String(lines)} item lines; at most ${String(MAX_ASN_TOTAL_LINES)} fit one ASN`, value: lines });
  if (problems.length > 0) throw new DomainError(CommonErrors.rateOrSize, `The ASN is too large: ${problems.map((p) => p.reason).join('; ')}; split it into several ASNs`, problems);
}

/** The open load each of these license plates is already expected on, in one query per 500 plates. */
async function loadsExpecting(db: Executor, plates: string[]): Promise<Map<string, { loadId: string; sourceSystemId: string | null }>> {
  const found = new Map<string, { loadId: string; sourceSystemId: string | null }>();
  for (const part of chunks([...new Set(plates)])) {
    const rows = await db
      .selectFrom('inbound_packing_structures as ps')
      .innerJoin('inbound_loads as l', 'l.load_id', 'ps.load_id')
      .select(['ps.license_plate_id', 'ps.load_id', 'l.source_system_id'])
      .where('ps.license_plate_id', 'in', part)
      .where('ps.received_at', 'is', null)
      .where('l.status', '!=', 'Received')
      .execute();
    for (const r of rows) found.set(r.license_plate_id, { loadId: r.load_id, sourceSystemId: r.source_system_id });
    await yieldToEventLoop();
  }
  return found;
}

function findOrderLine(db: Executor, orderNumber: string, lineNumber: number) {
  return db
    .selectFrom('inbound_order_lines as ol')
    .innerJoin('inbound_orders as o', 'o.order_number', 'ol.order_number')
    .selectAll('ol')
    .select(['o.warehouse_id', 'o.source_system_id', 'o.source_order_number', 'o.status as order_status'])
    .where('ol.order_number', '=', orderNumber)
    .where('ol.line_number', '=', lineNumber)
    .executeTakeFirst();
}

async function resolve(db: Executor, input: AsnInput, problems: FieldProblem[]): Promise<ResolvedLine[]> {
  const refs = referenceReader(db);
  const pause = yielder();
  if (!(await refs.warehouse(input.receivingWarehouseId))) problems.push({ field: 'receivingWarehouseId', reason: 'warehouse does not exist', value: input.receivingWarehouseId });
  const out: ResolvedLine[] = [];
  const seen = new Set<string>();
  const orders = new Map<string, { order_number: string; warehouse_id: string; status: string } | undefined>();
  const orderLines = new Map<string, Awaited<ReturnType<typeof findOrderLine>>>();
  const pendingLoads = await loadsExpecting(db, input.shipments.flatMap((s) => s.licensePlates.map((p) => p.licensePlateNumber)));
  for (const [si, s] of input.shipments.entries()) {
    const inShipment = new Map(s.licensePlates.map((p) => [p.licensePlateNumber, p]));
    const parents = new Set(s.licensePlates.map((p) => p.parentLicensePlateNumber).filter((n) => n !== undefined && n !== null));
    for (const [pi, p] of s.licensePlates.entries()) {
      await pause();
      const pf = `shipments/${String(si)}/licensePlates/${String(pi)}`;
      if (seen.has(p.licensePlateNumber)) problems.push({ field: `${pf}/licensePlateNumber`, reason: 'license plate appears twice in the ASN', value: p.licensePlateNumber });
      seen.add(p.licensePlateNumber);
      const pending = pendingLoads.get(p.licensePlateNumber);
      // Another source system's load is not named: which loads another tenant expects is its business.
      const where = pending?.sourceSystemId === input.sourceSystemId ? `load ${pending.loadId}` : 'an open load';
      if (pending) problems.push({ field: `${pf}/licensePlateNumber`, reason: `license plate is already expected on ${where}`, value: p.licensePlateNumber });
      if (p.parentLicensePlateNumber) {
        let parent = inShipment.get(p.parentLicensePlateNumber);
        let depth = 0;
        if (!parent) problems.push({ field: `${pf}/parentLicensePlateNumber`, reason: 'parent license plate is not in the same shipment', value: p.parentLicensePlateNumber });
        while (parent?.parentLicensePlateNumber && depth < 50) {
          if (parent.parentLicensePlateNumber === p.licensePlateNumber) {
            problems.push({ field: `${pf}/parentLicensePlateNumber`, reason: 'license plates nest in a cycle', value: p.parentLicensePlateNumber });
            break;
          }
          parent = inShipment.get(parent.parentLicensePlateNumber);
          depth += 1;
        }
      }
      const hasChildren = parents.has(p.licensePlateNumber);
      if ((p.lines ?? []).length === 0 && !hasChildren) problems.push({ field: `${pf}/lines`, reason: 'license plate has neither item lines nor nested cases', value: p.licensePlateNumber });
      for (const [li, l] of (p.lines ?? []).entries()) {
        await pause();
        const lf = `${pf}/lines/${String(li)}`;
        const key = l.orderNumber;
        if (!orders.has(key)) {
          orders.set(
            key,
            await db.selectFrom('inbound_orders').select(['order_number', 'warehouse_id', 'status']).where('source_system_id', '=', input.sourceSystemId).where('source_order_number', '=', l.orderNumber).executeTakeFirst(),
          );
        }
        const order = orders.get(key);
        if (!order || order.status !== 'Active') {
          problems.push({ field: `${lf}/orderNumber`, reason: `source system '${input.sourceSystemId}' has no active inbound shipment order '${l.orderNumber}'`, value: l.orderNumber });
          continue;
        }
        if (order.warehouse_id !== input.receivingWarehouseId) problems.push({ field: `${lf}/orderNumber`, reason: `order is received in warehouse '${order.warehouse_id}'`, value: l.orderNumber });
        const lineKey = `${order.order_number}\u0000${String(l.orderLineNumber)}`;
        if (!orderLines.has(lineKey)) orderLines.set(lineKey, await findOrderLine(db, order.order_number, l.orderLineNumber));
        const line = orderLines.get(lineKey);
        if (!line || line.status !== 'Active') {
          problems.push({ field: `${lf}/orderLineNumber`, reason: `order '${l.orderNumber}' has no active line ${String(l.orderLineNumber)}`, value: l.orderLineNumber });
          continue;
        }
        if (l.itemNumber !== line.source_item_number && l.itemNumber !== line.item_number) {
          problems.push({ field: `${lf}/itemNumber`, reason: `order line ${String(l.orderLineNumber)} is for item '${line.source_item_number}'`, value: l.itemNumber });
          continue;
        }
        const factor = await refs.conversion(line.item_number, l.unitSymbol, line.inventory_unit);
        if (!factor) {
          problems.push({ field: `${lf}/unitSymbol`, reason: `no conversion from '${l.unitSymbol}' to '${line.inventory_unit}'`, value: l.unitSymbol });
          continue;
        }
        const qty = convertQty(l.qty as Qty, factor.numerator, factor.denominator);
        if (qty <= 0) problems.push({ field: `${lf}/quantity`, reason: 'must be positive', value: qtyToNumber(l.qty) });
        const item = await refs.item(line.item_number);
        const batch = l.batchNumber ?? line.batch_number ?? null;
        if (line.batch_number && batch !== line.batch_number) problems.push({ field: `${lf}/batchNumber`, reason: `order line expects batch '${line.batch_number}'`, value: batch });
        if (item?.batchTracked && !batch) problems.push({ field: `${lf}/batchNumber`, reason: `item '${line.item_number}' is batch tracked: a batch number is required`, value: null });
        if (!item?.batchTracked && l.batchNumber) problems.push({ field: `${lf}/batchNumber`, reason: `item '${line.item_number}' is not batch tracked`, value: l.batchNumber });
        out.push({ shipment: si, plate: p.licensePlateNumber, line: line, qty, batch });
      }
    }
  }
  const totals = new Map<number, { line: OrderLineRow; qty: number }>();
  for (const r of out) {
    const t = totals.get(r.line.id) ?? { line: r.line, qty: 0 };
    t.qty += r.qty;
    totals.set(r.line.id, t);
  }
  for (const { line, qty } of totals.values()) {
    await pause();
    const room = overDeliveryLimit(line.expected_inventory_qty, line.overdelivery_pct) - (await plannedElsewhere(db, line.id, null));
    if (qty > room) {
      problems.push({ field: 'shipments', reason: `the ASN announces ${String(qtyToNumber(qty))} ${line.inventory_unit} of order line ${line.source_order_number}/${String(line.line_number)}, but only ${String(qtyToNumber(Math.max(0, room)))} is open including over-delivery`, value: qtyToNumber(qty) });
    }
  }
  return out;
}
