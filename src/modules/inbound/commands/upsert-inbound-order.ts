import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { InboundErrors } from '../errors.js';

/** An inbound shipment order with every reference already resolved and validated by the caller. */
export interface InboundOrderInput {
  sourceSystemId: string;
  sourceOrderNumber: string;
  shipmentType: 'ShipmentOrder' | 'Manual';
  orderType: string | null;
  warehouseId: string;
  plannedReceiptStart: number | null;
  plannedReceiptEnd: number | null;
  orderOrigin: string | null;
  orderChannel: string | null;
  parties: Record<string, unknown>;
  messagePk: number | null;
  lines: InboundLineInput[];
}

export interface InboundLineInput {
  lineNumber: number;
  itemNumber: string;
  sourceItemNumber: string;
  batchNumber: string | null;
  serialNumber: string | null;
  ownerId: string;
  inventoryStatusId: string;
  expectedQty: number;
  unit: string;
  expectedInventoryQty: number;
  inventoryUnit: string;
  overdeliveryPct: number;
  underdeliveryPct: number;
  refs: Record<string, unknown>;
}

export type UpsertOutcome = { orderNumber: string; action: 'created' | 'updated' | 'canceled' };

/**
 * Creates or updates the order for (source system, source order number). A message without lines
 * cancels the order. Lines are matched by line number; lines missing from an update are canceled.
 * Lines that already have receipts cannot be canceled or reduced below what was received.
 */
export async function upsertInboundOrder(
  db: Executor,
  now: number,
  input: InboundOrderInput,
  newOrderNumber: () => Promise<string>,
): Promise<UpsertOutcome> {
  const existing = await db
    .selectFrom('inbound_orders')
    .select(['order_number', 'version'])
    .where('source_system_id', '=', input.sourceSystemId)
    .where('source_order_number', '=', input.sourceOrderNumber)
    .executeTakeFirst();

  const header = {
    order_type: input.orderType,
    warehouse_id: input.warehouseId,
    planned_receipt_start: input.plannedReceiptStart,
    planned_receipt_end: input.plannedReceiptEnd,
    order_origin: input.orderOrigin,
    order_channel: input.orderChannel,
    parties: JSON.stringify(input.parties),
    last_message_pk: input.messagePk,
    updated_at: now,
  };

  if (!existing) {
    if (input.lines.length === 0) {
      throw new DomainError(
        InboundErrors.orderNotFound,
        `A message without lines cancels an order, but order '${input.sourceOrderNumber}' does not exist`,
        [{ field: 'lines', reason: 'no lines and no existing order to cancel', value: input.sourceOrderNumber }],
      );
    }
    const orderNumber = await newOrderNumber();
    const taken = await db.selectFrom('inbound_orders').select('source_system_id').where('order_number', '=', orderNumber).executeTakeFirst();
    if (taken) {
      throw new DomainError(
        InboundErrors.orderNumberTaken,
        `Internal order number '${orderNumber}' is already used by source system '${taken.source_system_id}'; give this source system an order number prefix or suffix`,
        [{ field: 'orderNumber', reason: 'internal order number already used', value: orderNumber }],
      );
    }
    await db
      .insertInto('inbound_orders')
      .values({
        ...header,
        order_number: orderNumber,
        source_system_id: input.sourceSystemId,
        source_order_number: input.sourceOrderNumber,
        shipment_type: input.shipmentType,
        receiving_status: 'Open',
        status: 'Active',
        version: 1,
        created_at: now,
      })
      .execute();
    await db.insertInto('inbound_order_lines').values(input.lines.map((l) => lineRow(orderNumber, l))).execute();
    return { orderNumber, action: 'created' };
  }

  const orderNumber = existing.order_number;
  const current = await db
    .selectFrom('inbound_order_lines')
    .select(['id', 'line_number', 'received_inventory_qty', 'status'])
    .where('order_number', '=', orderNumber)
    .execute();
  const incoming = new Map(input.lines.map((l) => [l.lineNumber, l]));
  for (const line of current) {
    const next = incoming.get(line.line_number);
    if (line.received_inventory_qty > 0 && (!next || next.expectedInventoryQty < line.received_inventory_qty)) {
      throw new DomainError(
        InboundErrors.lineInProgress,
        `Line ${line.line_number} of order '${orderNumber}' has receipts and cannot be ${next ? 'reduced below the received quantity' : 'removed'}`,
        [{ field: `lines[${line.line_number}]`, reason: 'line has receipts', value: line.line_number }],
      );
    }
  }

  const canceled = input.lines.length === 0;
  await db
    .updateTable('inbound_orders')
    .set({ ...header, status: canceled ? 'Canceled' : 'Active', version: existing.version + 1 })
    .where('order_number', '=', orderNumber)
    .execute();

  const known = new Set(current.map((l) => l.line_number));
  for (const line of current) {
    const next = incoming.get(line.line_number);
    if (next) {
      // Receipt progress belongs to the floor, not to the message: it is never overwritten here.
      await db.updateTable('inbound_order_lines').set({ ...lineFields(next), status: 'Active' }).where('id', '=', line.id).execute();
    } else if (line.status !== 'Canceled') {
      await db.updateTable('inbound_order_lines').set({ status: 'Canceled' }).where('id', '=', line.id).execute();
    }
  }
  const added = input.lines.filter((l) => !known.has(l.lineNumber));
  if (added.length > 0) await db.insertInto('inbound_order_lines').values(added.map((l) => lineRow(orderNumber, l))).execute();
  return { orderNumber, action: canceled ? 'canceled' : 'updated' };
}

function lineRow(orderNumber: string, l: InboundLineInput) {
  return {
    order_number: orderNumber,
    line_number: l.lineNumber,
    ...lineFields(l),
    received_inventory_qty: 0,
    receiving_status: 'Open',
    status: 'Active',
  };
}

function lineFields(l: InboundLineInput) {
  return {
    item_number: l.itemNumber,
    source_item_number: l.sourceItemNumber,
    batch_number: l.batchNumber,
    serial_number: l.serialNumber,
    owner_id: l.ownerId,
    inventory_status_id: l.inventoryStatusId,
    expected_qty: l.expectedQty,
    unit: l.unit,
    expected_inventory_qty: l.expectedInventoryQty,
    inventory_unit: l.inventoryUnit,
    overdelivery_pct: l.overdeliveryPct,
    underdelivery_pct: l.underdeliveryPct,
    refs: JSON.stringify(l.refs),
  };
}
