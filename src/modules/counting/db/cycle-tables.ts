/** Cycle counting work: one location (optionally one item) counted through a CycleCount journal. */
export interface CycleCountWorkTable {
  work_id: string;
  warehouse_id: string;
  location_id: string;
  item_number: string;
  /** Threshold, Plan or Manual. */
  created_by_method: string;
  origin_id: string | null;
  /** Open -> PendingReview -> Closed (or back to Open for a recount). */
  status: string;
  journal_id: string;
  max_percentage: number | null;
  /** Micro-units. */
  max_quantity: number | null;
  created_at: number;
  counted_at: number | null;
  counted_by: string | null;
  closed_at: number | null;
  closed_by: string | null;
  /** Adjusted, NoDifference, Accepted or Rejected. */
  outcome: string | null;
  recounts: number;
  version: number;
}

export interface CycleCountThresholdsTable {
  threshold_id: string;
  warehouse_id: string;
  location_id: string;
  item_number: string;
  threshold_qty: number;
  max_percentage: number | null;
  max_quantity: number | null;
}

export interface CycleCountPlansTable {
  plan_id: string;
  warehouse_id: string;
  /** JSON array; null for every location whose profile allows cycle counting. */
  location_ids: string | null;
  item_number: string;
  days_between_counts: number;
  max_counts: number;
  max_percentage: number | null;
  max_quantity: number | null;
  created_at: number;
}

export interface CycleCountingTables {
  cycle_count_work: CycleCountWorkTable;
  cycle_count_thresholds: CycleCountThresholdsTable;
  cycle_count_plans: CycleCountPlansTable;
}
