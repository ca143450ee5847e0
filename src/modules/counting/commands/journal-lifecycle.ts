import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { loadJournal } from '../db/journal-rows.js';
import { CountingErrors } from '../errors.js';

/** Forgets the counts of an open journal (a recount); the snapshots stay, so moves are still accounted for. */
export async function clearCounts(db: Executor, journalId: string): Promise<void> {
  const journal = await loadJournal(db, journalId);
  if (journal.status !== 'Open') throw new DomainError(CountingErrors.journalPosted, `Counting journal '${journalId}' is ${journal.status}`);
  await db
    .updateTable('counting_journal_lines')
    .set({ counted_qty: null, adjustment_qty: null, on_hand_qty: null, moved_qty: null, counted_at: null, counted_by: null, reason_code: null })
    .where('journal_id', '=', journalId)
    .execute();
}

/** Closes an open journal without posting anything (a rejected count). */
export async function cancelJournal(db: Executor, journalId: string): Promise<void> {
  const result = await db
    .updateTable('counting_journals')
    .set((eb) => ({ status: 'Canceled', version: eb('version', '+', 1) }))
    .where('journal_id', '=', journalId)
    .where('status', '=', 'Open')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new DomainError(CountingErrors.journalPosted, `Counting journal '${journalId}' is not open`);
}
