import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { upsertOrder, type OrderDirection, type UpsertOutcome, type WriteBatch } from '../../orders/index.js';
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

/** Inbound orders for the order kernel: their tables, and receipts as the progress a message cannot undo. */
const INBOUND: OrderDirection<InboundLineInput> = {
  direction: 'inbound',
  ordersTable: 'inbound_orders',
  linesTable: 'inbound_order_lines',
  newOrder: { receiving_status: 'Open' },
  newLine: { received_inventory_qty: 0, receiving_status: 'Open' },
  lineFields: (l) => ({
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
  }),
  inventoryQty: (l) => l.expectedInventoryQty,
  progress: { column: 'received_inventory_qty', state: 'has receipts', done: 'received', reason: 'line has receipts' },
  // An UPDATE writing a column to itself holds the row until the transaction ends.
  lock: (db, orderNumber) => db.updateTable('inbound_orders').set({ version: sql`version` }).where('order_number', '=', orderNumber).execute(),
  errors: InboundErrors,
};

/**
 * Creates, updates or cancels the inbound order of (source system, source order number): see
 * upsertOrder for the rules. Lines that already have receipts cannot be canceled or reduced below what
 * was received.
 */
export function upsertInboundOrder(
  db: Executor,
  now: number,
  input: InboundOrderInput,
  newOrderNumber: string | (() => Promise<string>),
  batch?: WriteBatch,
): Promise<UpsertOutcome> {
  const header = {
    order_type: input.orderType,
    warehouse_id: input.warehouseId,
    planned_receipt_start: input.plannedReceiptStart,
    planned_receipt_end: input.plannedReceiptEnd,
    order_origin: input.orderOrigin,
    order_channel: input.orderChannel,
    parties: JSON.stringify(input.parties),
    last_message_pk: input.messagePk,
  };
  return upsertOrder(db, now, INBOUND, { ...input, header }, newOrderNumber, batch);
}
