import type { Generated } from 'kysely';

export interface InboundOrdersTable {
  order_number: string;
  source_system_id: string;
  source_order_number: string;
  order_type: string | null;
  /** 'ShipmentOrder' (from a message) or 'Manual'. */
  shipment_type: string;
  warehouse_id: string;
  planned_receipt_start: number | null;
  planned_receipt_end: number | null;
  order_origin: string | null;
  order_channel: string | null;
  /** Consigner and sender address blocks as JSON. */
  parties: string;
  receiving_status: string;
  /** 'Active' or 'Canceled' (a message without lines cancels the order). */
  status: string;
  last_message_pk: number | null;
  version: number;
  created_at: number;
  updated_at: number;
}

export interface InboundOrderLinesTable {
  /** The inventory lot id: the line's identity for transactions and shipment receipts. */
  id: Generated<number>;
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
  /** Consigner line/item/reference, cross-dock source, product dimensions: passed through as JSON. */
  refs: string;
  receiving_status: string;
  status: string;
}

export interface InboundTables {
  inbound_orders: InboundOrdersTable;
  inbound_order_lines: InboundOrderLinesTable;
}
