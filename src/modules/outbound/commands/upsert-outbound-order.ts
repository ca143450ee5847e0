import type { Executor } from '../../../platform/db/database.js';
import { upsertOrder, writeWaitingOrders, type OrderDirection, type UpsertOutcome, type WriteBatch } from '../../orders/index.js';
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

/** Outbound orders for the order kernel: their tables, and release as the progress a message cannot undo. */
const OUTBOUND: OrderDirection<OutboundLineInput> = {
  direction: 'outbound',
  ordersTable: 'outbound_orders',
  linesTable: 'outbound_order_lines',
  newOrder: { release_status: 'Open', shipment_status: 'Open' },
  newLine: { released_inventory_qty: 0, shipped_inventory_qty: 0, release_status: 'Open', shipment_status: 'Open' },
  lineFields: (l) => ({
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
  }),
  inventoryQty: (l) => l.orderedInventoryQty,
  progress: { column: 'released_inventory_qty', state: 'is released to the warehouse', done: 'released', reason: 'line is released' },
  // A release or wave working on the order finishes first; the lines read next are what it left.
  lock: lockOutboundOrder,
  errors: OutboundErrors,
};

/**
 * Creates, updates or cancels the outbound order of (source system, source order number): see
 * upsertOrder for the rules. Lines already released to the warehouse cannot be removed or reduced below
 * the released quantity here; changing released work is the outbound module's job.
 */
export function upsertOutboundOrder(
  db: Executor,
  now: number,
  input: OutboundOrderInput,
  newOrderNumber: string | (() => Promise<string>),
  batch?: WriteBatch,
): Promise<UpsertOutcome> {
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
  };
  return upsertOrder(db, now, OUTBOUND, { ...input, header }, newOrderNumber, batch);
}

/** Writes the order if a batch created it and holds it back, so that a plain read sees it. */
export function writeWaitingOutboundOrder(db: Executor, batch: WriteBatch | undefined, order: { sourceSystemId: string; sourceOrderNumber: string }): Promise<void> {
  return writeWaitingOrders(db, OUTBOUND, batch, order);
}
