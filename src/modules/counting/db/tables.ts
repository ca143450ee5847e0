import type { Generated } from 'kysely';
import type { DimensionColumns } from '../../inventory/db/tables.js';
import type { CycleCountingTables } from './cycle-tables.js';

export interface CountingJournalNamesTable {
  journal_name_id: string;
  description: string;
  /** 1: postings of journals with this name are left out of the warehouse inventory update log. */
  exclude_from_update_log: number;
}

export interface CountingJournalsTable {
  journal_id: string;
  journal_name_id: string;
  description: string;
  warehouse_id: string;
  /** Location, Item or LicensePlate: what the journal's lines were made from. */
  counting_by: string;
  /** Open -> Posted. */
  status: string;
  created_at: number;
  created_by: string;
  posted_at: number | null;
  posted_by: string | null;
  /** Taken from a locked sequence at posting: source systems read postings in this order, never skipping one. */
  posting_seq: number | null;
  operation_id: string | null;
  version: number;
}

/**
 * One counted dimension combination. The snapshot is what the ledger said when the line was made;
 * on_hand_qty is what it said when the count was entered (snapshot + moved_qty), so stock that
 * moved in between is not mistaken for a counting difference.
 */
export interface CountingJournalLinesTable extends DimensionColumns {
  id: Generated<number>;
  journal_id: string;
  line_number: number;
  snapshot_qty: number;
  snapshot_ledger_id: number;
  snapshot_at: number;
  on_hand_qty: number | null;
  moved_qty: number | null;
  counted_qty: number | null;
  /** counted - on hand at count: the delta posted to the ledger and the only figure an ERP applies. */
  adjustment_qty: number | null;
  counted_at: number | null;
  counted_by: string | null;
  reason_code: string | null;
}

export interface CountingTables extends CycleCountingTables {
  counting_journal_names: CountingJournalNamesTable;
  counting_journals: CountingJournalsTable;
  counting_journal_lines: CountingJournalLinesTable;
}
