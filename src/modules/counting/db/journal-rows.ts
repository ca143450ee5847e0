import type { Selectable } from 'kysely';
import { toIso } from '../../../platform/clock.js';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { fromDimensionRow } from '../../inventory/index.js';
import { CountingErrors } from '../errors.js';
import type { CountingJournalLinesTable, CountingJournalsTable } from './tables.js';

export type JournalRow = Selectable<CountingJournalsTable>;
export type JournalLineRow = Selectable<CountingJournalLinesTable>;

const num = (v: number | null) => (v === null ? null : qtyToNumber(Number(v)));

export function journalHeaderView(j: JournalRow) {
  return {
    journalId: j.journal_id,
    journalNameId: j.journal_name_id,
    description: j.description,
    warehouseId: j.warehouse_id,
    countingBy: j.counting_by,
    status: j.status,
    isPosted: j.status === 'Posted',
    createdAt: toIso(j.created_at) ?? '',
    createdBy: j.created_by,
    postedAt: toIso(j.posted_at),
    postedBy: j.posted_by,
    postingSequence: j.posting_seq === null ? null : Number(j.posting_seq),
  };
}

export function journalLineView(l: JournalLineRow) {
  return {
    lineNumber: l.line_number,
    ...fromDimensionRow(l),
    snapshotQuantity: qtyToNumber(Number(l.snapshot_qty)),
    snapshotAt: toIso(l.snapshot_at) ?? '',
    movedSinceSnapshotQuantity: num(l.moved_qty),
    onHandQuantity: num(l.on_hand_qty),
    countedQuantity: num(l.counted_qty),
    adjustmentQuantity: num(l.adjustment_qty),
    isCountedQuantityZero: l.counted_qty !== null && Number(l.counted_qty) === 0,
    countingDate: toIso(l.counted_at),
    countedBy: l.counted_by,
    countingReasonCode: l.reason_code,
  };
}

export async function loadJournal(db: Executor, journalId: string): Promise<JournalRow> {
  const j = await db.selectFrom('counting_journals').selectAll().where('journal_id', '=', journalId).executeTakeFirst();
  if (!j) throw new DomainError(CountingErrors.journalNotFound, `Counting journal '${journalId}' does not exist`);
  return j;
}

export async function loadLines(db: Executor, journalId: string): Promise<JournalLineRow[]> {
  return db.selectFrom('counting_journal_lines').selectAll().where('journal_id', '=', journalId).orderBy('line_number').execute();
}

export async function journalView(db: Executor, journalId: string) {
  const j = await loadJournal(db, journalId);
  const lines = await loadLines(db, journalId);
  return { ...journalHeaderView(j), lines: lines.map(journalLineView) };
}

/** Journal ids whose journal name keeps their postings out of the warehouse inventory update log. */
export async function journalsExcludedFromUpdateLog(db: Executor, journalIds: readonly string[]): Promise<Set<string>> {
  if (journalIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('counting_journals as j')
    .innerJoin('counting_journal_names as n', 'n.journal_name_id', 'j.journal_name_id')
    .select('j.journal_id')
    .where('j.journal_id', 'in', [...new Set(journalIds)])
    .where('n.exclude_from_update_log', '=', 1)
    .execute();
  return new Set(rows.map((r) => r.journal_id));
}
