import type { Generated } from 'kysely';

/** One warehouse task (put-away, pick, count) made of pick and put lines. */
export interface WorkHeadersTable {
  work_id: string;
  /** PutAway | Pick | Count | Replenishment */
  work_type: string;
  warehouse_id: string;
  /** Open | InProcess | PendingReview | Closed | Canceled */
  status: string;
  template_id: string | null;
  /** What caused the work, e.g. InboundLoad + load id, Wave + wave id. */
  reference_type: string;
  reference_id: string;
  source_system_id: string | null;
  assigned_worker: string | null;
  cancel_reason: string | null;
  version: number;
  created_at: number;
  updated_at: number;
  started_at: number | null;
  closed_at: number | null;
  /** Pick work waiting for the replenishment of its pick face: it cannot be taken or confirmed until that work is closed. */
  waits_for_work_id: string | null;
  /** 1: every pick first, then the puts together in one step (pick-pick-put; from the template). */
  group_puts: number;
}

/** A pick (take stock from) or put (bring stock to) step; '' for an absent dimension, as in the ledger. */
export interface WorkLinesTable {
  id: Generated<number>;
  work_id: string;
  line_number: number;
  /** Pick | Put */
  line_type: string;
  /** For a put line: the pick line whose stock it puts away. */
  pick_line_number: number | null;
  item_number: string;
  location_id: string;
  license_plate_id: string;
  owner_id: string;
  inventory_status_id: string;
  batch_number: string;
  serial_number: string;
  /** Micro-units of the item's inventory unit. */
  qty: number;
  unit: string;
  handled_qty: number;
  /** Open | Closed | Canceled */
  status: string;
  /** Where a put was actually made when the worker overrode the suggested location. */
  actual_location_id: string | null;
  override_reason: string | null;
  handled_by: string | null;
  handled_at: number | null;
}

/** Which work a flow creates for a warehouse; the lowest sequence that matches wins. */
export interface WorkTemplatesTable {
  template_id: string;
  name: string;
  work_type: string;
  /** Null: any warehouse. */
  warehouse_id: string | null;
  sequence: number;
  active: number;
  /** Pick work only: the most pick lines one piece of work gets; a wave creates several pieces for more. Null: no limit. */
  max_pick_lines: number | null;
  /** 1: the work's picks come first and are put together once at the end (pick-pick-put). */
  group_puts: number;
  version: number;
}

/** Where work puts (or picks) stock: rules tried in sequence, each with optional filters and constraints. */
export interface LocationDirectivesTable {
  directive_id: string;
  name: string;
  work_type: string;
  /** Put | Pick */
  line_type: string;
  warehouse_id: string;
  sequence: number;
  item_number: string | null;
  owner_id: string | null;
  inventory_status_id: string | null;
  zone_id: string | null;
  /** Candidate locations' type (storage when not set). */
  location_type: string | null;
  respect_capacity: number;
  one_item_per_location: number;
  fallback_location_id: string | null;
  active: number;
  version: number;
}

/** One worker's trip that picks several pieces of work (usually one per shipment), each into its own license plate. */
export interface WorkClustersTable {
  cluster_id: string;
  warehouse_id: string;
  worker_id: string;
  /** InProcess | Closed */
  status: string;
  created_at: number;
  closed_at: number | null;
}

export interface WorkClusterMembersTable {
  cluster_id: string;
  work_id: string;
  position: number;
  /** The tote or license plate this work's stock is picked into and put on. */
  target_license_plate_id: string;
}

export interface WorkTables {
  work_clusters: WorkClustersTable;
  work_cluster_members: WorkClusterMembersTable;
  work_headers: WorkHeadersTable;
  work_lines: WorkLinesTable;
  work_templates: WorkTemplatesTable;
  location_directives: LocationDirectivesTable;
}
