import type { Generated } from 'kysely';

/** Source systems (the ERPs), their settings, and how they name items and owners. */
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
  /** Default 0 in the database (migration 0067): rows written before the setting existed have it off. */
  manual_inbound_messages: Generated<number>;
  manual_outbound_messages: Generated<number>;
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

/** Load synchronization and delivery policy for a source system's inbound orders of one type and/or account ('' = any). */
export interface SourceSystemInboundOrderPoliciesTable {
  source_system_id: string;
  order_type: string;
  account_number: string;
  load_sync_policy: string;
  delivery_policy: string;
}

export interface SourceSystemItemsTable {
  source_system_id: string;
  external_item_number: string;
  item_number: string;
}

/** How each source system names an owner. No foreign key to source_systems (the table is older than it). */
export interface InventoryOwnerExternalIdsTable {
  owner_id: string;
  source_system_id: string;
  external_owner_id: string;
}

export interface SourceSystemsTables {
  source_systems: SourceSystemsTable;
  source_system_items: SourceSystemItemsTable;
  source_system_inbound_order_policies: SourceSystemInboundOrderPoliciesTable;
  inventory_owner_external_ids: InventoryOwnerExternalIdsTable;
}
