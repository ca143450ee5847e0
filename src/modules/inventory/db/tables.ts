import type { Generated } from 'kysely';

/**
 * Dimensions of a stock quantity. An absent dimension is '' (not NULL) so that balances can have a
 * plain unique key on every database.
 */
export interface DimensionColumns {
  item_number: string;
  warehouse_id: string;
  location_id: string;
  license_plate_id: string;
  owner_id: string;
  inventory_status_id: string;
  batch_number: string;
  serial_number: string;
}

/**
 * The ledger: one row per physical change of stock. Rows are never deleted and their quantity never
 * changes; only the status moves on (Registered -> Received, Picked -> Deducted) with its timestamp.
 */
export interface InventoryTransactionsTable extends DimensionColumns {
  id: Generated<number>;
  /** Signed, in micro-units of the item's inventory unit: receipts positive, issues negative. */
  qty: number;
  /** Receipt, Issue, Transfer, Adjustment or StatusChange. */
  kind: string;
  /** Receipts: Registered, Received. Issues: Picked, Deducted. Others: Posted. */
  status: string;
  source_system_id: string | null;
  /** What caused it, e.g. InboundOrderLine + lot id, Work + work id, CountingJournal + journal id. */
  reference_type: string;
  reference_id: string;
  /** Groups the rows of one update (one scan, one move, one journal posting). */
  operation_id: string;
  /** When the stock physically changed. */
  created_at: number;
  /** When the change was finalized for the source system (Received, Deducted, Posted). */
  finalized_at: number | null;
}

/** Physical and reserved quantity per full dimension combination, kept by guarded increments. */
export interface InventoryBalancesTable extends DimensionColumns {
  physical_qty: number;
  reserved_qty: number;
  updated_at: number;
}

/** One run of the background ledger check: what it found, kept for the run history, the screen and the metric. */
export interface InventoryConsistencyChecksTable {
  id: Generated<number>;
  checked_at: number;
  items_checked: number;
  physical_differences: number;
  reserved_differences: number;
  /** Identifies the set of differences ('' when there are none): the same set found again raises no new event. */
  fingerprint: string;
  /** JSON: the first differences found, physical then reserved. */
  details: string;
}

export interface InventoryTables {
  inventory_transactions: InventoryTransactionsTable;
  inventory_balances: InventoryBalancesTable;
  inventory_consistency_checks: InventoryConsistencyChecksTable;
}
