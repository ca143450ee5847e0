import type { PortableMigration } from '../platform/db/migration-helpers.js';
import * as m0001 from './0001_platform.js';
import * as m0002 from './0002_master_data.js';
import * as m0003 from './0003_integration.js';
import * as m0004 from './0004_orders.js';
import * as m0005 from './0005_events.js';
import * as m0006 from './0006_inventory.js';
import * as m0007 from './0007_client_operations.js';
import * as m0008 from './0008_work.js';
import * as m0009 from './0009_inbound_receiving.js';
import * as m0012 from './0012_outbound_execution.js';
import * as m0013 from './0013_outbound_allocation.js';
import * as m0016 from './0016_counting_journals.js';
import * as m0017 from './0017_reconciliation.js';
import * as m0018 from './0018_cycle_counting.js';
import * as m0019 from './0019_work_template_max_pick_lines.js';
import * as m0020 from './0020_users_and_sessions.js';
import * as m0021 from './0021_outbound_lookup_indexes.js';
import * as m0022 from './0022_outbound_shipments_consolidation_index.js';
import * as m0025 from './0025_packing_slip_numbers_per_warehouse.js';
import * as m0040 from './0040_inventory_consistency_checks.js';
import * as m0041 from './0041_retention.js';
import * as m0033 from './0033_first_start_and_password_change.js';
import * as m0030 from './0030_webhook_secret_key_id.js';
import * as m0031 from './0031_event_feed_per_source_system.js';
import * as m0042 from './0042_audit_log.js';
import * as m0043 from './0043_api_key_expiry.js';
import * as m0047 from './0047_credential_generation.js';
import * as m0050 from './0050_access_tokens.js';
import * as m0051 from './0051_d365_messages.js';
import * as m0052 from './0052_webhook_payload_format.js';
import * as m0055 from './0055_overview_indexes.js';
import * as m0058 from './0058_packing_and_labels.js';
import * as m0060 from './0060_replenishment.js';
import * as m0061 from './0061_pick_pick_put.js';
import * as m0062 from './0062_ledger_as_of_indexes.js';
import * as m0066 from './0066_shipment_receipt_shipments.js';
import * as m0067 from './0067_manual_message_creation.js';
import * as m0068 from './0068_load_planning.js';
import * as m0069 from './0069_license_plate_labels.js';
import * as m0070 from './0070_inbound_order_policies.js';
import * as m0071 from './0071_product_masters.js';
import * as m0072 from './0072_returns.js';
import * as m0073 from './0073_wave_claims.js';
import * as m0074 from './0074_intake_partial_indexes.js';
import * as m0075 from './0075_open_shipment_consolidation_index.js';
import * as m0076 from './0076_lookups_by_reference_and_item.js';
import * as m0056 from './0056_user_language.js';

/** Every migration, in order. Names are frozen: never rename or edit a released migration. */
export const migrations: Record<string, PortableMigration> = {
  '0001_platform': m0001,
  '0002_master_data': m0002,
  '0003_integration': m0003,
  '0004_orders': m0004,
  '0005_events': m0005,
  '0006_inventory': m0006,
  '0007_client_operations': m0007,
  '0008_work': m0008,
  '0009_inbound_receiving': m0009,
  '0012_outbound_execution': m0012,
  '0013_outbound_allocation': m0013,
  '0016_counting_journals': m0016,
  '0017_reconciliation': m0017,
  '0018_cycle_counting': m0018,
  '0019_work_template_max_pick_lines': m0019,
  '0020_users_and_sessions': m0020,
  '0021_outbound_lookup_indexes': m0021,
  '0022_outbound_shipments_consolidation_index': m0022,
  '0025_packing_slip_numbers_per_warehouse': m0025,
  '0040_inventory_consistency_checks': m0040,
  '0041_retention': m0041,
  '0033_first_start_and_password_change': m0033,
  '0030_webhook_secret_key_id': m0030,
  '0031_event_feed_per_source_system': m0031,
  '0042_audit_log': m0042,
  '0043_api_key_expiry': m0043,
  '0047_credential_generation': m0047,
  '0050_access_tokens': m0050,
  '0051_d365_messages': m0051,
  '0052_webhook_payload_format': m0052,
  '0055_overview_indexes': m0055,
  '0058_packing_and_labels': m0058,
  '0060_replenishment': m0060,
  '0061_pick_pick_put': m0061,
  '0062_ledger_as_of_indexes': m0062,
  '0056_user_language': m0056,
  '0066_shipment_receipt_shipments': m0066,
  '0067_manual_message_creation': m0067,
  '0068_load_planning': m0068,
  '0069_license_plate_labels': m0069,
  '0070_inbound_order_policies': m0070,
  '0071_product_masters': m0071,
  '0072_returns': m0072,
  '0073_wave_claims': m0073,
  '0074_intake_partial_indexes': m0074,
  '0075_open_shipment_consolidation_index': m0075,
  '0076_lookups_by_reference_and_item': m0076,
};
