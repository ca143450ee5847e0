import { sql } from 'kysely';
import { chunks, yieldToEventLoop, yielder } from '../../../platform/event-loop.js';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { lockOutboundOrder } from '../db/row-locks.js';
import { OutboundErrors } from '../errors.js';

/** An outbound shipment order with every reference already resolved and validated by the caller. */
export interface OutboundOrderInput {
  sourceSystemId: string;
  sourceOrderNumber: string;
  shipmentType: 'ShipmentOrder' | 'Manual';
  orderType: string | null;
  warehouseId: string;
  requestedShipStart: number | null;
  requestedShipEnd: number | null;
  requestedDeliveryStart: number | null;
  requestedDeliveryEnd: number | null;
  deliveryTermsCode: string | null;
  deliveryModeCode: string | null;
  carrierId: string | null;
  carrierServiceId: string | null;
  carrierServiceGroupId: string | null;
  transport: Record<string, unknown>;
  languageId: string | null;
  reservationAtImportPolicy: string;
  orderOrigin: string | null;
  orderChannel: string | null;
  parties: Record<string, unknown>;
  messagePk: number | null;
  lines: OutboundLineInput[];
}

export interface OutboundLineInput {
  lineNumber: number;
  itemNumber: string;
  sourceItemNumber: string;
  description: string | null;
  batchNumber: string | null;
  serialNumber: string | null;
  ownerId: string;
  inventoryStatusId: string;
  orderedQty: number;
  unit: string;
  orderedInventoryQty: number;
  inventoryUnit: string;
  sellableDays: number | null;
  overdeliveryPct: number;
  underdeliveryPct: number;
  refs: Record<string, unknown>;
}

export type OutboundUpsertOutcome = { orderNumber: string; action: 'created' | 'updated' | 'canceled' };

/**
 * Creates or updates the order for (source system, source order number); no lines cancels it.
 * Lines already released to the warehouse cannot be removed or reduced below the released quantity
 * here; changing released work is the outbound module's job. `newOrderNumber` is the internal number
 * a new order gets, or a function that draws one (from a sequence) only when an order is created.
 */
export async function upsertOutboundOrder(
  db: Executor,
  now: number,
  input: OutboundOrderInput,
  newOrderNumber: string | (() => Promise<string>),
): Promise<OutboundUpsertOutcome> {
  const candidate = typeof newOrderNumber === 'string' ? newOrderNumber : undefined;
  // One read answers both questions: does this order exist, and is the new internal number free.
  const found = await db
    .selectFrom('outbound_orders')
    .select(['order_number', 'version', 'source_system_id', 'source_order_number'])
    .where((eb) => {
      const bySource = eb.and([eb('source_system_id', '=', input.sourceSystemId), eb('source_order_number', '=', input.sourceOrderNumber)]);
      return candidate === undefined ? bySource : eb.or([bySource, eb('order_number', '=', candidate)]);
    })
    .execute();
  const existing = found.find((o) => o.source_system_id === input.sourceSystemId && o.source_order_number === input.sourceOrderNumber);

  const header = {
    order_type: input.orderType,
    warehouse_id: input.warehouseId,
    requested_ship_start: input.requestedShipStart,
    requested_ship_end: input.requestedShipEnd,
    requested_delivery_start: input.requestedDeliveryStart,
    requested_delivery_end: input.requestedDeliveryEnd,
    delivery_terms_code: input.deliveryTermsCode,
    delivery_mode_code: input.deliveryModeCode,
    carrier_id: input.carrierId,
    carrier_service_id: input.carrierServiceId,
    carrier_service_group_id: input.carrierServiceGroupId,
    transport: JSON.stringify(input.transport),
    language_id: input.languageId,
    reservation_at_import_policy: input.reservationAtImportPolicy,
    order_origin: input.orderOrigin,
    order_channel: input.orderChannel,
    parties: JSON.stringify(input.parties),
    last_message_pk: input.messagePk,
    updated_at: now,
  };

  if (!existing) {
    if (input.lines.length === 0) {
      throw new DomainError(
        OutboundErrors.orderNotFound,
        `A message without lines cancels an order, but order '${input.sourceOrderNumber}' does not exist`,
        [{ field: 'lines', reason: 'no lines and no existing order to cancel', value: input.sourceOrderNumber }],
      );
    }
    const orderNumber = typeof newOrderNumber === 'string' ? newOrderNumber : await newOrderNumber();
    const takenBy =
      candidate === undefined
        ? (await db.selectFrom('outbound_orders').select('source_system_id').where('order_number', '=', orderNumber).executeTakeFirst())?.source_system_id
        : found.find((o) => o.order_number === orderNumber)?.source_system_id;
    if (takenBy !== undefined) {
      throw new DomainError(
        OutboundErrors.orderNumberTaken,
        `Internal order number '${orderNumber}' is already used by ${takenBy === input.sourceSystemId ? 'another order of this source system' : 'another source system'}; give this source system an order number prefix or suffix`,
        [{ field: 'orderNumber', reason: 'internal order number already used', value: orderNumber }],
      );
    }
    await db
      .insertInto('outbound_orders')
      .values({
        ...header,
        order_number: orderNumber,
        source_system_id: input.sourceSystemId,
        source_order_number: input.sourceOrderNumber,
        shipment_type: input.shipmentType,
        release_status: 'Open',
        shipment_status: 'Open',
        status: 'Active',
        version: 1,
        created_at: now,
      })
      .execute();
    for (const part of chunks(input.lines)) {
      await db.insertInto('outbound_order_lines').values(part.map((l) => newLineRow(orderNumber, l))).execute();
      await yieldToEventLoop();
    }
    return { orderNumber, action: 'created' };
  }

  const orderNumber = existing.order_number;
  // A release or wave working on the order finishes first; the lines read next are what it left.
  await lockOutboundOrder(db, orderNumber);
  const current = await db
    .selectFrom('outbound_order_lines')
    .select(['id', 'line_number', 'released_inventory_qty', 'status'])
    .where('order_number', '=', orderNumber)
    .execute();
  const incoming = new Map(input.lines.map((l) => [l.lineNumber, l]));
  for (const line of current) {
    const next = incoming.get(line.line_number);
    if (line.released_inventory_qty > 0 && (!next || next.orderedInventoryQty < line.released_inventory_qty)) {
      throw new DomainError(
        OutboundErrors.lineInProgress,
        `Line ${line.line_number} of order '${orderNumber}' is released to the warehouse and cannot be ${next ? 'reduced below the released quantity' : 'removed'}`,
        [{ field: `lines[${line.line_number}]`, reason: 'line is released', value: line.line_number }],
      );
    }
  }

  const canceled = input.lines.length === 0;
  await db
    .updateTable('outbound_orders')
    .set({ ...header, status: canceled ? 'Canceled' : 'Active', version: sql`version + 1` })
    .where('order_number', '=', orderNumber)
    .execute();
  const known = new Set(current.map((l) => l.line_number));
  const pause = yielder();
  for (const line of current) {
    await pause();
    const next = incoming.get(line.line_number);
    if (next) {
      await db.updateTable('outbound_order_lines').set({ ...lineFields(next), status: 'Active' }).where('id', '=', line.id).execute();
    } else if (line.status !== 'Canceled') {
      await db.updateTable('outbound_order_lines').set({ status: 'Canceled' }).where('id', '=', line.id).execute();
    }
  }
  const added = input.lines.filter((l) => !known.has(l.lineNumber));
  for (const part of chunks(added)) await db.insertInto('outbound_order_lines').values(part.map((l) => newLineRow(orderNumber, l))).execute();
  return { orderNumber, action: canceled ? 'canceled' : 'updated' };
}

function newLineRow(orderNumber: string, l: OutboundLineInput) {
  return {
    order_number: orderNumber,
    line_number: l.lineNumber,
    ...lineFields(l),
    released_inventory_qty: 0,
    shipped_inventory_qty: 0,
    release_status: 'Open',
    shipment_status: 'Open',
    status: 'Active',
  };
}

function lineFields(l: OutboundLineInput) {
  return {
    item_number: l.itemNumber,
    source_item_number: l.sourceItemNumber,
    description: l.description,
    batch_number: l.batchNumber,
    serial_number: l.serialNumber,
    owner_id: l.ownerId,
    inventory_status_id: l.inventoryStatusId,
    ordered_qty: l.orderedQty,
    unit: l.unit,
    ordered_inventory_qty: l.orderedInventoryQty,
    inventory_unit: l.inventoryUnit,
    sellable_days: l.sellableDays,
    overdelivery_pct: l.overdeliveryPct,
    underdelivery_pct: l.underdeliveryPct,
    refs: JSON.stringify(l.refs),
  };
}
