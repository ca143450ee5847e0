import type { Generated } from 'kysely';

export interface OutboundOrdersTable {
  order_number: string;
  source_system_id: string;
  source_order_number: string;
  order_type: string | null;
  shipment_type: string;
  warehouse_id: string;
  requested_ship_start: number | null;
  requested_ship_end: number | null;
  requested_delivery_start: number | null;
  requested_delivery_end: number | null;
  delivery_terms_code: string | null;
  delivery_mode_code: string | null;
  carrier_id: string | null;
  carrier_service_id: string | null;
  carrier_service_group_id: string | null;
  /** Transportation mode, broker, route plan, planned transportation: passed through as JSON. */
  transport: string;
  language_id: string | null;
  /** The policy in force for this order after the source system's mandatory flag was applied. */
  reservation_at_import_policy: string;
  order_origin: string | null;
  order_channel: string | null;
  /** Consignee and receiver address blocks as JSON. */
  parties: string;
  release_status: string;
  shipment_status: string;
  status: string;
  last_message_pk: number | null;
  version: number;
  created_at: number;
  updated_at: number;
}

export interface OutboundOrderLinesTable {
  id: Generated<number>;
  order_number: string;
  line_number: number;
  item_number: string;
  source_item_number: string;
  description: string | null;
  batch_number: string | null;
  serial_number: string | null;
  owner_id: string;
  inventory_status_id: string;
  ordered_qty: number;
  unit: string;
  ordered_inventory_qty: number;
  inventory_unit: string;
  released_inventory_qty: number;
  shipped_inventory_qty: number;
  sellable_days: number | null;
  overdelivery_pct: number;
  underdelivery_pct: number;
  refs: string;
  release_status: string;
  shipment_status: string;
  status: string;
}

export interface OutboundTables {
  outbound_orders: OutboundOrdersTable;
  outbound_order_lines: OutboundOrderLinesTable;
}
