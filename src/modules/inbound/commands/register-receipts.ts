import { INBOUND_WORK_REFERENCE } from './put-away-hook.js';
import { crossDockSourceOf, type CrossDockHandler, type CrossDocked } from './cross-dock.js';
import { fromJson } from '../../../platform/db/json.js';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { convertQty, qtyToNumber, type Qty } from '../../../platform/quantity.js';
import { ledgerEntries, recordTransactions } from '../../inventory/index.js';
import { referenceReader } from '../../master-data/index.js';
import { createWork } from '../../work/index.js';
import { activeOrderLine, findLoad, insertLoad, plannedElsewhere, type OrderLineRow } from '../db/loads.js';
import { inboundParameters } from '../db/parameters.js';
import type { InboundLoadsTable } from '../db/tables.js';
import { overDeliveryLimit, overReceiptRefusal, type LoadOverReceiptPolicy } from '../domain/tolerance.js';
import { InboundErrors } from '../errors.js';

/** One thing a worker registers: quantity of an order line, with its dimensions. */
export interface RegistrationItem {
  orderNumber: string;
  lineNumber: number;
  /** Micro-units of `unit` (the order line's inventory unit when absent). */
  qty: number;
  unit?: string;
  batchNumber?: string | null;
  serialNumber?: string | null;
  inventoryStatusId?: string;
  inventoryOwnerId?: string;
  licensePlateId?: string | null;
  loadId?: string;
  /** A return's disposition code, reported on the shipment receipt. */
  dispositionCode?: string;
  /** Where put-away takes the stock (a disposition's quarantine or scrap location); the location directives decide when absent. */
  putLocationId?: string | null;
}

export interface RegistrationContext {
  operationId: string;
  workerId: string;
  /** The receipt location; the warehouse's first receipt location when absent. */
  locationId?: string;
  /** Offers stock of lines with a cross-dock source id to the outbound order waiting for it. */
  crossDock?: CrossDockHandler;
}

export interface Registered {
  registrationId: number;
  orderNumber: string;
  orderLineNumber: number;
  itemNumber: string;
  loadId: string;
  quantity: number;
  unitSymbol: string;
  licensePlateId: string | null;
  locationId: string;
  batchNumber: string | null;
  serialNumber: string | null;
  inventoryStatusId: string;
  /** Set when (part of) the quantity went to an outbound order waiting for it instead of to put-away. */
  crossDock: CrossDocked | null;
}

export interface RegistrationResult {
  registrations: Registered[];
  workId: string | null;
}

const problem = (field: string, reason: string, value: unknown) => new DomainError(InboundErrors.registrationInvalid, `${field}: ${reason}`, [{ field, reason, value }]);

async function receiptLocation(db: Executor, warehouseId: string, requested: string | undefined, field: string): Promise<string> {
  if (requested !== undefined) {
    const found = await db.selectFrom('locations').select('location_id').where('warehouse_id', '=', warehouseId).where('location_id', '=', requested).executeTakeFirst();
    if (!found) throw problem(field, `no location '${requested}' in warehouse '${warehouseId}'`, requested);
    return requested;
  }
  const first = await db
    .selectFrom('locations as l')
    .innerJoin('location_profiles as p', 'p.profile_id', 'l.profile_id')
    .select('l.location_id')
    .where('l.warehouse_id', '=', warehouseId)
    .where('p.location_type', '=', 'receipt')
    .orderBy('l.location_id')
    .executeTakeFirst();
  if (!first) throw problem(field, `warehouse '${warehouseId}' has no receipt location; name one`, null);
  return first.location_id;
}

/**
 * The load a registration counts against: the one named, else the first open load that carries the
 * line (one with quantity left first), else a new load created now (automatic load at receiving).
 */
async function loadFor(db: Executor, now: number, line: OrderLineRow, qty: number, requested: string | undefined, field: string) {
  if (requested !== undefined) {
    const load = await findLoad(db, requested);
    const loadLine = await db.selectFrom('inbound_load_lines').selectAll().where('load_id', '=', load.load_id).where('lot_id', '=', line.id).executeTakeFirst();
    if (!loadLine) throw problem(field, `load '${requested}' does not carry order line ${line.order_number}/${String(line.line_number)}`, requested);
    return { load, loadLine };
  }
  const candidates = await db
    .selectFrom('inbound_load_lines as ll')
    .innerJoin('inbound_loads as l', 'l.load_id', 'll.load_id')
    .selectAll('ll')
    .where('ll.lot_id', '=', line.id)
    .where('l.status', 'in', ['Open', 'Shipped', 'InProcess'])
    .orderBy('l.created_at')
    .orderBy('ll.load_id')
    .execute();
  const chosen = candidates.find((c) => c.qty > c.registered_qty) ?? candidates[0];
  if (chosen) return { load: await findLoad(db, chosen.load_id), loadLine: chosen };
  const loadId = await insertLoad(db, now, { warehouseId: line.warehouse_id, sourceSystemId: line.source_system_id, origin: 'Receiving' });
  const planned = Math.max(qty, line.expected_inventory_qty - (await plannedElsewhere(db, line.id, null)));
  await db
    .insertInto('inbound_load_lines')
    .values({ load_id: loadId, shipment_id: null, order_number: line.order_number, line_number: line.line_number, lot_id: line.id, item_number: line.item_number, qty: planned, registered_qty: 0 })
    .execute();
  const loadLine = await db.selectFrom('inbound_load_lines').selectAll().where('load_id', '=', loadId).where('lot_id', '=', line.id).executeTakeFirstOrThrow();
  return { load: await findLoad(db, loadId), loadLine };
}

/**
 * Registers receipts inside the caller's transaction: validates each item against its order line,
 * applies the delivery tolerances and the load over receipt policy with guarded increments, raises
 * physical on-hand at the receipt location (Registered ledger rows) and creates one put-away work
 * for everything registered together.
 */
export async function registerItems(trx: Executor, ctx: AppContext, rc: RegistrationContext, items: readonly RegistrationItem[]): Promise<RegistrationResult> {
  const now = ctx.clock.now();
  const refs = referenceReader(trx);
  const out: Registered[] = [];
  const moves: Parameters<typeof createWork>[2]['moves'][number][] = [];
  const putAwayIds: number[] = [];
  let warehouseId: string | undefined;
  let firstLoad: InboundLoadsTable | undefined;
  let sourceSystemId: string | null = null;

  for (const [i, item] of items.entries()) {
    const f = (name: string) => (items.length > 1 ? `lines/${String(i)}/${name}` : name);
    const line = await activeOrderLine(trx, item.orderNumber, item.lineNumber, f('orderLineNumber'));
    if (warehouseId !== undefined && line.warehouse_id !== warehouseId) throw problem(f('orderNumber'), 'all lines of one registration must be for the same warehouse', item.orderNumber);
    warehouseId = line.warehouse_id;
    const ref = await refs.item(line.item_number);
    if (!ref) throw problem(f('itemNumber'), `item '${line.item_number}' does not exist`, line.item_number);
    const unit = item.unit ?? line.inventory_unit;
    const factor = await refs.conversion(line.item_number, unit, line.inventory_unit);
    if (!factor) throw problem(f('unit'), `no conversion from '${unit}' to '${line.inventory_unit}' for item '${line.item_number}'`, unit);
    const qty = convertQty(item.qty as Qty, factor.numerator, factor.denominator);
    if (qty <= 0) throw problem(f('quantity'), 'must be positive', qtyToNumber(item.qty));

    const batch = item.batchNumber ?? line.batch_number ?? null;
    if (ref.batchTracked && !batch) throw problem(f('batchNumber'), `item '${line.item_number}' is batch tracked: a batch number is required`, null);
    if (!ref.batchTracked && item.batchNumber) throw problem(f('batchNumber'), `item '${line.item_number}' is not batch tracked`, item.batchNumber);
    if (line.batch_number && batch !== line.batch_number) throw problem(f('batchNumber'), `the order line expects batch '${line.batch_number}'`, batch);
    const serial = item.serialNumber ?? line.serial_number ?? null;
    if (ref.serialTracked && (!serial || qty !== 1_000_000)) throw problem(f('serialNumber'), `item '${line.item_number}' is serial tracked: register one unit per serial number`, serial);
    if (!ref.serialTracked && item.serialNumber) throw problem(f('serialNumber'), `item '${line.item_number}' is not serial tracked`, item.serialNumber);
    const statusId = item.inventoryStatusId ?? line.inventory_status_id;
    if (!(await refs.inventoryStatus(statusId))) throw problem(f('inventoryStatusId'), `inventory status '${statusId}' does not exist`, statusId);
    const ownerId = item.inventoryOwnerId ?? line.owner_id;
    if (ownerId !== line.owner_id) throw problem(f('inventoryOwnerId'), `the order line's owner is '${line.owner_id}'`, ownerId);
    const locationId = await receiptLocation(trx, line.warehouse_id, rc.locationId, 'locationId');

    const { load, loadLine } = await loadFor(trx, now, line, qty, item.loadId, f('loadId'));
    const policy = (load.over_receipt_policy ?? (await inboundParameters(trx, load.warehouse_id)).loadOverReceiptPolicy) as LoadOverReceiptPolicy;
    const current = await trx.selectFrom('inbound_order_lines').select('received_inventory_qty').where('id', '=', line.id).executeTakeFirstOrThrow();
    const refusal = overReceiptRefusal({
      policy,
      loadStatus: load.status,
      lineExpected: line.expected_inventory_qty,
      lineRegistered: current.received_inventory_qty,
      lineOverPct: line.overdelivery_pct,
      loadQty: loadLine.qty,
      loadRegistered: loadLine.registered_qty,
      qty,
    });
    if (refusal) throw new DomainError(InboundErrors.overReceipt, `Cannot register ${String(qtyToNumber(qty))} ${line.inventory_unit} of ${line.order_number}/${String(line.line_number)}: ${refusal}`, [{ field: f('quantity'), reason: refusal, value: qtyToNumber(qty) }]);

    // Guarded increments: a concurrent registration that got there first makes this one fail, never both pass.
    const lineLimit = overDeliveryLimit(line.expected_inventory_qty, line.overdelivery_pct);
    const lineUpdate = await trx
      .updateTable('inbound_order_lines')
      .set((eb) => ({ received_inventory_qty: eb('received_inventory_qty', '+', qty) }))
      .where('id', '=', line.id)
      .where((eb) => eb(eb('received_inventory_qty', '+', qty), '<=', lineLimit))
      .executeTakeFirst();
    let loadUpdate = trx.updateTable('inbound_load_lines').set((eb) => ({ registered_qty: eb('registered_qty', '+', qty) })).where('id', '=', loadLine.id);
    if (policy === 'Block') loadUpdate = loadUpdate.where((eb) => eb(eb('registered_qty', '+', qty), '<=', overDeliveryLimit(loadLine.qty, line.overdelivery_pct)));
    const loadLineUpdate = await loadUpdate.executeTakeFirst();
    if (Number(lineUpdate.numUpdatedRows) !== 1 || Number(loadLineUpdate.numUpdatedRows) !== 1) {
      throw new DomainError(InboundErrors.overReceipt, `Cannot register ${String(qtyToNumber(qty))} of ${line.order_number}/${String(line.line_number)}: another registration took the remaining quantity`, [
        { field: f('quantity'), reason: 'more than the tolerance allows after a concurrent registration', value: qtyToNumber(qty) },
      ]);
    }
    await trx.updateTable('inbound_loads').set({ status: 'InProcess', updated_at: now }).where('load_id', '=', load.load_id).where('status', 'in', ['Open', 'Shipped']).execute();

    const lp = item.licensePlateId ?? null;
    const inserted = await trx
      .insertInto('inbound_registrations')
      .values({
        load_id: load.load_id,
        lot_id: line.id,
        order_number: line.order_number,
        line_number: line.line_number,
        item_number: line.item_number,
        qty,
        warehouse_id: line.warehouse_id,
        location_id: locationId,
        license_plate_id: lp ?? '',
        owner_id: ownerId,
        inventory_status_id: statusId,
        batch_number: batch ?? '',
        serial_number: serial ?? '',
        source_system_id: line.source_system_id,
        work_id: null,
        receipt_number: null,
        operation_id: rc.operationId,
        worker: rc.workerId,
        registered_at: now,
        disposition_code: item.dispositionCode ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const registrationId = Number(inserted.id);
    const dimensions = { itemNumber: line.item_number, warehouseId: line.warehouse_id, locationId, licensePlateId: lp, ownerId, inventoryStatusId: statusId, batchNumber: batch, serialNumber: serial };
    await recordTransactions(trx, now, rc.operationId, ledgerEntries.register(dimensions, qty, { sourceSystemId: line.source_system_id, referenceType: 'InboundRegistration', referenceId: String(registrationId) }));
    const crossDockSourceId = crossDockSourceOf(fromJson<Record<string, unknown>>(line.refs, {}));
    const crossDock = crossDockSourceId && rc.crossDock ? await rc.crossDock(trx, { sourceSystemId: line.source_system_id, crossDockSourceId, stock: dimensions, qty }) : null;
    const toPutAway = qty - (crossDock?.qty ?? 0);
    if (toPutAway > 0) {
      moves.push({
        itemNumber: line.item_number,
        qty: toPutAway,
        unit: line.inventory_unit,
        ownerId,
        inventoryStatusId: statusId,
        batchNumber: batch,
        serialNumber: serial,
        from: { locationId, licensePlateId: lp },
        ...(item.putLocationId ? { to: { locationId: item.putLocationId, licensePlateId: lp } } : {}),
      });
      putAwayIds.push(registrationId);
    }
    firstLoad ??= load;
    sourceSystemId = line.source_system_id;
    out.push({
      registrationId,
      orderNumber: line.order_number,
      orderLineNumber: line.line_number,
      itemNumber: line.item_number,
      loadId: load.load_id,
      quantity: qtyToNumber(qty),
      unitSymbol: line.inventory_unit,
      licensePlateId: lp,
      locationId,
      batchNumber: batch,
      serialNumber: serial,
      inventoryStatusId: statusId,
      crossDock: crossDock && { ...crossDock, qty: qtyToNumber(crossDock.qty) },
    });
  }

  // Stock that went to a waiting outbound order moves with that order's pick work, not with put-away.
  if (!firstLoad || warehouseId === undefined || moves.length === 0) return { registrations: out, workId: null };
  const work = await createWork(trx, ctx, { workType: 'PutAway', warehouseId, referenceType: INBOUND_WORK_REFERENCE, referenceId: firstLoad.load_id, sourceSystemId, moves });
  await trx.updateTable('inbound_registrations').set({ work_id: work.workId }).where('id', 'in', putAwayIds).execute();
  return { registrations: out, workId: work.workId };
}
