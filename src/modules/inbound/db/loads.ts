import type { Executor } from '../../../platform/db/database.js';
import { toJson } from '../../../platform/db/json.js';
import { DomainError } from '../../../platform/errors.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { ensureProcess } from '../../../platform/jobs/processes.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { overDeliveryLimit } from '../domain/tolerance.js';
import type { LoadOrigin } from '../domain/load-status.js';
import { InboundErrors } from '../errors.js';
import type { InboundLoadsTable } from './tables.js';

export interface OrderLineRow {
  id: number;
  order_number: string;
  line_number: number;
  item_number: string;
  source_item_number: string;
  batch_number: string | null;
  serial_number: string | null;
  owner_id: string;
  inventory_status_id: string;
  expected_qty: number;
  unit: string;
  expected_inventory_qty: number;
  inventory_unit: string;
  received_inventory_qty: number;
  overdelivery_pct: number;
  underdelivery_pct: number;
  refs: string;
  receiving_status: string;
  status: string;
  warehouse_id: string;
  source_system_id: string;
  source_order_number: string;
  order_status: string;
}

function orderLines(db: Executor) {
  return db
    .selectFrom('inbound_order_lines as l')
    .innerJoin('inbound_orders as o', 'o.order_number', 'l.order_number')
    .selectAll('l')
    .select(['o.warehouse_id', 'o.source_system_id', 'o.source_order_number', 'o.status as order_status']);
}

/** An active line of an active order, or INBOUND.ORDER_LINE_NOT_FOUND naming the field. */
export async function activeOrderLine(db: Executor, orderNumber: string, lineNumber: number, field = 'lineNumber'): Promise<OrderLineRow> {
  const line = await orderLines(db).where('l.order_number', '=', orderNumber).where('l.line_number', '=', lineNumber).executeTakeFirst();
  if (!line || line.status !== 'Active' || line.order_status !== 'Active') {
    throw new DomainError(InboundErrors.orderLineNotFound, `Inbound shipment order '${orderNumber}' has no active line ${String(lineNumber)}`, [
      { field, reason: 'no such active order line', value: `${orderNumber}/${String(lineNumber)}` },
    ]);
  }
  return line;
}

export async function orderLinesByLot(db: Executor, lotIds: readonly number[]): Promise<Map<number, OrderLineRow>> {
  if (lotIds.length === 0) return new Map();
  const rows = await orderLines(db).where('l.id', 'in', [...new Set(lotIds)]).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export async function findLoad(db: Executor, loadId: string): Promise<InboundLoadsTable> {
  const load = await db.selectFrom('inbound_loads').selectAll().where('load_id', '=', loadId).executeTakeFirst();
  if (!load) throw new DomainError(InboundErrors.loadNotFound, `Inbound load '${loadId}' does not exist`, [{ field: 'loadId', reason: 'no such load', value: loadId }]);
  return load;
}

export interface NewLoad {
  warehouseId: string;
  sourceSystemId: string | null;
  origin: LoadOrigin;
  transport?: Record<string, unknown>;
  overReceiptPolicy?: string | null;
  status?: 'Open' | 'Shipped';
}

/** The batch receiving completed process; scheduled (once, warehouse-wide) when the first load exists. */
export const RECEIVING_COMPLETED_PROCESS = { type: 'inboundReceivingCompleted', label: 'Receiving completed for fully registered inbound loads', defaultIntervalSeconds: 600 } as const;

export async function insertLoad(db: Executor, now: number, load: NewLoad): Promise<string> {
  const loadId = await nextNumber(db, 'inboundLoad', { prefix: 'IL-', width: 8 });
  await ensureProcess(db, RECEIVING_COMPLETED_PROCESS, { scopeKey: 'inbound', sourceSystemId: null }, now);
  await db
    .insertInto('inbound_loads')
    .values({
      load_id: loadId,
      warehouse_id: load.warehouseId,
      source_system_id: load.sourceSystemId,
      status: load.status ?? 'Open',
      origin: load.origin,
      over_receipt_policy: load.overReceiptPolicy ?? null,
      transport: toJson(load.transport ?? {}),
      receiving_completed_at: null,
      packing_slip_id: null,
      packing_slip_date: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return loadId;
}

/** Quantity of the lot planned on loads other than `exceptLoadId`. */
export async function plannedElsewhere(db: Executor, lotId: number, exceptLoadId: string | null): Promise<number> {
  let q = db.selectFrom('inbound_load_lines').select((eb) => eb.fn.sum<number>('qty').as('qty')).where('lot_id', '=', lotId);
  if (exceptLoadId !== null) q = q.where('load_id', '!=', exceptLoadId);
  const row = await q.executeTakeFirst();
  return Number(row?.qty ?? 0);
}

/**
 * Adds quantity of an order line to a load (one load line per lot and load). The lot's total over
 * all loads may not exceed the line quantity plus over-delivery.
 */
export async function addToLoad(
  db: Executor,
  load: Pick<InboundLoadsTable, 'load_id' | 'warehouse_id' | 'source_system_id'>,
  line: OrderLineRow,
  qty: number,
  shipmentId: string | null = null,
  field = 'quantity',
): Promise<void> {
  if (line.warehouse_id !== load.warehouse_id || (load.source_system_id !== null && load.source_system_id !== line.source_system_id)) {
    throw new DomainError(InboundErrors.loadLineInvalid, `Order line ${line.order_number}/${String(line.line_number)} is for another warehouse or source system than load '${load.load_id}'`, [
      { field, reason: 'order line belongs to another warehouse or source system than the load', value: `${line.order_number}/${String(line.line_number)}` },
    ]);
  }
  const elsewhere = await plannedElsewhere(db, line.id, null);
  const limit = overDeliveryLimit(line.expected_inventory_qty, line.overdelivery_pct);
  if (elsewhere + qty > limit) {
    throw new DomainError(InboundErrors.loadLineInvalid, `Loads would carry ${String(qtyToNumber(elsewhere + qty))} of order line ${line.order_number}/${String(line.line_number)}, more than its ${String(qtyToNumber(limit))} including over-delivery`, [
      { field, reason: 'more than the order line quantity plus over-delivery across all loads', value: qtyToNumber(qty) },
    ]);
  }
  const existing = await db.selectFrom('inbound_load_lines').select(['id']).where('load_id', '=', load.load_id).where('lot_id', '=', line.id).executeTakeFirst();
  if (existing) {
    await db.updateTable('inbound_load_lines').set((eb) => ({ qty: eb('qty', '+', qty) })).where('id', '=', existing.id).execute();
  } else {
    await db
      .insertInto('inbound_load_lines')
      .values({ load_id: load.load_id, shipment_id: shipmentId, order_number: line.order_number, line_number: line.line_number, lot_id: line.id, item_number: line.item_number, qty, registered_qty: 0 })
      .execute();
  }
}

export async function bumpLoad(db: Executor, load: Pick<InboundLoadsTable, 'load_id' | 'version'>, now: number, changes: Partial<InboundLoadsTable>): Promise<void> {
  const r = await db
    .updateTable('inbound_loads')
    .set({ ...changes, version: load.version + 1, updated_at: now })
    .where('load_id', '=', load.load_id)
    .where('version', '=', load.version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) {
    throw new DomainError(InboundErrors.loadStatus, `Inbound load '${load.load_id}' was changed by someone else; try again`, [{ field: 'version', reason: 'changed concurrently', value: load.version }]);
  }
}
