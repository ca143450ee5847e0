import type { DimensionColumns } from '../../inventory/db/tables.js';

/** A fixed pick location (pick face) of an item in a warehouse, with the min/max that replenishment keeps it between. */
export interface ReplenishmentFixedLocationsTable {
  warehouse_id: string;
  item_number: string;
  location_id: string;
  /** Micro-units of the item's inventory unit: at or below this, min/max replenishment fills the face up to max. */
  min_qty: number;
  max_qty: number;
  version: number;
  created_at: number;
  updated_at: number;
}

/** Stock that open min/max replenishment work holds at its source location, per pick line; drops as it is picked. */
export interface ReplenishmentReservationsTable extends DimensionColumns {
  work_id: string;
  line_number: number;
  qty: number;
  created_at: number;
}

export interface ReplenishmentTables {
  replenishment_fixed_locations: ReplenishmentFixedLocationsTable;
  replenishment_reservations: ReplenishmentReservationsTable;
}
