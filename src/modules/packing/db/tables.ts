import type { Generated } from 'kysely';

/** A kind of shipping container (carton, pallet): its own weight, its outer size and how much it may weigh in all. */
export interface PackingContainerTypesTable {
  container_type_id: string;
  name: string;
  tare_weight_grams: number;
  max_weight_grams: number;
  length_mm: number;
  width_mm: number;
  height_mm: number;
  created_at: number;
}

/** The warehouse's GS1 numbers for SSCCs: company prefix (digits) and extension digit. */
export interface PackingLabelSettingsTable {
  warehouse_id: string;
  gs1_company_prefix: string;
  extension_digit: number;
  updated_at: number;
}

/** A shipping container of one shipment: a license plate at a packing station, Open until closed with its weight and SSCC. */
export interface PackingContainersTable {
  container_id: string;
  warehouse_id: string;
  station_location_id: string;
  shipment_id: string;
  load_id: string;
  source_system_id: string;
  container_type_id: string;
  parent_container_id: string | null;
  /** Open, Closed */
  status: string;
  weight_grams: number | null;
  /** Entered or Computed */
  weight_source: string | null;
  sscc: string | null;
  opened_by: string;
  closed_by: string | null;
  opened_at: number;
  closed_at: number | null;
  version: number;
}

/** What was packed into a container, scan by scan, with where it came from. */
export interface PackingContainerLinesTable {
  id: Generated<number>;
  container_id: string;
  load_line_id: number;
  order_number: string;
  line_number: number;
  item_number: string;
  from_location_id: string;
  from_license_plate_id: string;
  owner_id: string;
  inventory_status_id: string;
  batch_number: string;
  serial_number: string;
  /** Micro-units of the item's inventory unit. */
  qty: number;
  operation_id: string;
  packed_by: string;
  packed_at: number;
}

/** A label printer on the warehouse's network, reached over raw TCP (port 9100). */
export interface LabelPrintersTable {
  printer_id: string;
  name: string;
  host: string;
  port: number;
  /** ZPL */
  format: string;
  created_at: number;
  updated_at: number;
}

/** One label to print: queued, sent, or failed after its last attempt. */
export interface LabelPrintJobsTable {
  id: Generated<number>;
  printer_id: string;
  /** The shipping container whose label this is, or null for a license plate's label (at receiving). */
  container_id: string | null;
  license_plate_id: string | null;
  document: string;
  /** queued, sending, sent, failed */
  status: string;
  attempts: number;
  max_attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  requested_by: string;
  created_at: number;
  sent_at: number | null;
}

export interface PackingTables {
  packing_container_types: PackingContainerTypesTable;
  packing_label_settings: PackingLabelSettingsTable;
  packing_containers: PackingContainersTable;
  packing_container_lines: PackingContainerLinesTable;
  label_printers: LabelPrintersTable;
  label_print_jobs: LabelPrintJobsTable;
}
