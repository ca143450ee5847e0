import type { DimensionColumns } from '../../inventory/db/tables.js';

/** One source system on-hand report (header). */
export interface OnHandReportsTable {
  report_id: string;
  source_system_id: string;
  report_name: string;
  /** YYYY-MM-DD; the report is as of the end of that day (UTC). */
  as_of_date: string;
  as_of: number;
  include_registered_picked: number;
  /** JSON array of the dimension levels the lines are kept at, besides the item. */
  dimensions: string;
  /** Manual or Recurring. */
  trigger: string;
  line_count: number;
  created_at: number;
}

/** Dimensions not chosen for the report are ''. */
export interface OnHandReportLinesTable extends DimensionColumns {
  report_id: string;
  line_number: number;
  source_item_number: string;
  source_owner_id: string | null;
  qty: number;
}

/** How far the publish process has looked at the ledger for a source system, and its last sequence. */
export interface UpdateLogStateTable {
  source_system_id: string;
  scanned_through_ledger_id: number;
  last_sequence: number;
  updated_at: number;
}

/** A published warehouse inventory update log entry: one ledger row of interest to one source system. */
export interface UpdateLogEntriesTable extends DimensionColumns {
  source_system_id: string;
  /** The read cursor: given out under a lock at publish, so readers never skip an entry. */
  sequence: number;
  ledger_id: number;
  publish_id: string;
  published_at: number;
  /** Groups the entries of one physical update (the ledger operation id). */
  update_reference_id: string;
  transaction_time: number;
  reference_type: string;
  reference_id: string;
  kind: string;
  status: string;
  source_item_number: string;
  source_owner_id: string | null;
  qty: number;
  /** ShipmentReceipt, ShipmentPackingSlip or CountingJournal: the document that will report the same quantity too. */
  also_reported_by: string | null;
}

export interface ReconciliationTables {
  on_hand_reports: OnHandReportsTable;
  on_hand_report_lines: OnHandReportLinesTable;
  update_log_state: UpdateLogStateTable;
  update_log_entries: UpdateLogEntriesTable;
}
