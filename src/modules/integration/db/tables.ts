import type { Generated } from 'kysely';

export interface SourceSystemsTable {
  source_system_id: string;
  name: string;
  inbound_number_policy: string;
  inbound_number_prefix: string;
  inbound_number_suffix: string;
  outbound_number_policy: string;
  outbound_number_prefix: string;
  outbound_number_suffix: string;
  manual_inbound_orders: number;
  manual_outbound_orders: number;
  reservation_at_import_policy: string;
  reservation_policy_mandatory: number;
  consolidation_policy: string;
  inbound_load_sync_policy: string;
  inbound_delivery_policy: string;
  update_log_inbound: number;
  update_log_outbound: number;
  default_owner_id: string | null;
  receipt_posting_delay_minutes: number;
  packing_slip_posting_delay_minutes: number;
  version: number;
  created_at: number;
  updated_at: number;
}

export interface SourceSystemItemsTable {
  source_system_id: string;
  external_item_number: string;
  item_number: string;
}

export interface ShipmentOrderMessagesTable {
  id: Generated<number>;
  source_system_id: string;
  message_id: string;
  version: number;
  message_type: string;
  order_number: string;
  /** type|source system|order number: the unit of in-order processing. */
  order_key: string;
  /** Position in the order's queue; a new version of a message takes the old one's place. */
  seq: number;
  processing_status: string;
  processor_state: string;
  origin: string;
  previous_version_id: number | null;
  replaced_by_id: number | null;
  content: string;
  attempts: number;
  next_attempt_at: number;
  received_at: number;
  updated_at: number;
  processed_at: number | null;
  last_error: string | null;
  result_order_number: string | null;
}

export interface MessageLogTable {
  id: Generated<number>;
  message_pk: number;
  attempt: number;
  at: number;
  level: string;
  text: string;
  field: string | null;
  value: string | null;
}

/** A message removed by retention, by its source system's id: a resend of that id is refused, never applied again. */
export interface RemovedShipmentOrderMessagesTable {
  source_system_id: string;
  message_id: string;
  message_type: string;
  order_number: string;
  removed_at: number;
}

export interface IntegrationTables {
  removed_shipment_order_messages: RemovedShipmentOrderMessagesTable;
  source_systems: SourceSystemsTable;
  source_system_items: SourceSystemItemsTable;
  shipment_order_messages: ShipmentOrderMessagesTable;
  message_log: MessageLogTable;
}
