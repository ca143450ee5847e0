import { randomUUID } from 'node:crypto';
import type { InboundShipmentOrderMessage } from '../src/modules/integration/http/message-schemas.js';
import { parseQty } from '../src/platform/quantity.js';
import { ITEM_COUNT, OWNER_ID, PARTIES, STATUS_ID, externalItemNumber, itemNumber } from './messages.js';

/**
 * The baseline: what the simplest direct database code writes for one inbound order message, in
 * one transaction, with one prepared statement per row. The same tables (Quayside's migrations) and
 * the same row contents as Quayside writes, so that only the way of writing differs.
 * SQL uses `?` placeholders; the PostgreSQL baseline numbers them.
 */
export const SQL = {
  insertMessage:
    'insert into shipment_order_messages (source_system_id, message_id, version, message_type, order_number, order_key, seq, processing_status, processor_state, origin, content, attempts, next_attempt_at, received_at, updated_at) ' +
    "values (?, ?, 1, 'InboundShipmentOrder', ?, ?, 0, 'Received', 'Queued', 'Integration', ?, 0, ?, ?, ?)",
  insertEvent:
    "insert into business_events (event_id, event_type, schema_version, source_system_id, subject, occurred_at, payload) values (?, 'shipmentOrderMessage.statusChanged', 1, ?, ?, ?, ?)",
  findOrder: 'select order_number, version from inbound_orders where source_system_id = ? and source_order_number = ?',
  insertOrder:
    'insert into inbound_orders (order_number, source_system_id, source_order_number, order_type, shipment_type, warehouse_id, planned_receipt_start, planned_receipt_end, order_origin, order_channel, parties, receiving_status, status, last_message_pk, version, created_at, updated_at) ' +
    "values (?, ?, ?, ?, 'ShipmentOrder', ?, null, null, null, null, ?, 'Open', 'Active', ?, 1, ?, ?)",
  insertLine:
    'insert into inbound_order_lines (order_number, line_number, item_number, source_item_number, batch_number, serial_number, owner_id, inventory_status_id, expected_qty, unit, expected_inventory_qty, inventory_unit, received_inventory_qty, overdelivery_pct, underdelivery_pct, refs, receiving_status, status) ' +
    "values (?, ?, ?, ?, null, null, ?, ?, ?, ?, ?, ?, 0, 0, 0, '{}', 'Open', 'Active')",
  acceptMessage:
    "update shipment_order_messages set processing_status = 'Accepted', processor_state = 'Processed', seq = id, attempts = 1, processed_at = ?, updated_at = ?, last_error = null, result_order_number = ? where id = ?",
  insertLog: "insert into message_log (message_pk, attempt, at, level, text, field, value) values (?, 1, ?, 'info', ?, null, null)",
} as const;

export type Params = (string | number | null)[];

/** The master data lookups the direct code does in memory: external item number -> item. */
const ITEMS = new Map(Array.from({ length: ITEM_COUNT }, (_, i) => [externalItemNumber(i), itemNumber(i)]));

function statusEvent(sourceSystemId: string, m: InboundShipmentOrderMessage, previous: string | null, status: string, state: string, order: string | null): string {
  return JSON.stringify({
    messageId: m.messageId,
    messageVersion: 1,
    messageType: 'InboundShipmentOrder',
    sourceSystemId,
    orderNumber: m.orderNumber,
    previousStatus: previous,
    processingStatus: status,
    processorState: state,
    internalOrderNumber: order,
  });
}

/** The statements of one message, in order; `id` stands for the new message's id. */
export interface MessageWrites {
  message: Params;
  received: Params;
  findOrder: Params;
  order: (id: number) => Params;
  lines: Params[];
  accept: (id: number) => Params;
  log: (id: number) => Params;
  accepted: Params;
}

export function messageWrites(sourceSystemId: string, m: InboundShipmentOrderMessage, now: number): MessageWrites {
  const orderNumber = m.orderNumber;
  const content = JSON.stringify({ ...m, sourceSystemId });
  const parties = JSON.stringify(PARTIES);
  return {
    message: [sourceSystemId, m.messageId, orderNumber, `InboundShipmentOrder|${sourceSystemId}|${orderNumber}`, content, now, now, now],
    received: [randomUUID(), sourceSystemId, m.messageId, now, statusEvent(sourceSystemId, m, null, 'Received', 'Queued', null)],
    findOrder: [sourceSystemId, orderNumber],
    order: (id) => [orderNumber, sourceSystemId, orderNumber, m.orderType ?? null, m.receivingWarehouseId, parties, id, now, now],
    lines: m.lines.map((l) => {
      const item = ITEMS.get(l.itemNumber);
      const qty = parseQty(l.expectedQuantity);
      if (item === undefined || qty === undefined) throw new Error(`bench message has an unknown item or bad quantity: ${JSON.stringify(l)}`);
      return [orderNumber, l.orderLineNumber, item, l.itemNumber, OWNER_ID, STATUS_ID, qty, l.expectedUnitSymbol, qty, 'ea'];
    }),
    accept: (id) => [now, now, orderNumber, id],
    log: (id) => [id, now, `Accepted: created inbound shipment order ${orderNumber}`],
    accepted: [randomUUID(), sourceSystemId, m.messageId, now, statusEvent(sourceSystemId, m, 'Received', 'Accepted', 'Processed', orderNumber)],
  };
}
