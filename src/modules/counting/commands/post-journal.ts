import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { DomainError } from '../../../platform/errors.js';
import { appendEvents } from '../../events/index.js';
import { fromDimensionRow, ledgerEntries, recordTransactions } from '../../inventory/index.js';
import { concernedSourceSystems } from '../db/source-system-scope.js';
import { loadJournal, loadLines } from '../db/journal-rows.js';
import { CountingErrors } from '../errors.js';

/**
 * Posts a counting journal: one Adjustment ledger row per counted line with a difference (the
 * delta recorded at the count), the posting sequence the source systems read by, and one
 * countingJournal.posted event per source system whose stock the journal touched, all in the
 * caller's transaction.
 */
export async function postJournal(db: Executor, ctx: Pick<AppContext, 'ids'>, now: number, actor: string, journalId: string, operationId: string): Promise<void> {
  const journal = await loadJournal(db, journalId);
  if (journal.status !== 'Open') throw new DomainError(CountingErrors.journalPosted, `Counting journal '${journalId}' is already posted`);
  const lines = await loadLines(db, journalId);
  const counted = lines.filter((l) => l.counted_qty !== null);
  if (counted.length === 0) throw new DomainError(CountingErrors.nothingCounted, `Counting journal '${journalId}' has no counted line`);

  const changed = counted.filter((l) => Number(l.adjustment_qty) !== 0);
  await recordTransactions(
    db,
    now,
    operationId,
    changed.flatMap((l) => ledgerEntries.adjust(fromDimensionRow(l), Number(l.adjustment_qty), { referenceType: 'CountingJournal', referenceId: journalId })),
  );
  // Lines that were never counted are not part of the posting.
  await db.deleteFrom('counting_journal_lines').where('journal_id', '=', journalId).where('counted_qty', 'is', null).execute();
  const seq = Number(await nextNumber(db, 'counting-journal-posting', { prefix: '', width: 1 }));
  const updated = await db
    .updateTable('counting_journals')
    .set((eb) => ({ status: 'Posted', posted_at: now, posted_by: actor, posting_seq: seq, operation_id: operationId, version: eb('version', '+', 1) }))
    .where('journal_id', '=', journalId)
    .where('status', '=', 'Open')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new DomainError(CountingErrors.journalPosted, `Counting journal '${journalId}' was posted by someone else`);

  const scopes = await concernedSourceSystems(db, counted);
  await appendEvents(
    db,
    ctx.ids,
    now,
    scopes.map((scope) => {
      const mine = counted.filter((l) => scope.covers(l.owner_id, l.item_number));
      return {
        type: 'countingJournal.posted' as const,
        sourceSystemId: scope.sourceSystemId,
        subject: journalId,
        payload: {
          journalId,
          journalNameId: journal.journal_name_id,
          warehouseId: journal.warehouse_id,
          postingSequence: seq,
          postedAt: new Date(now).toISOString(),
          lineCount: mine.length,
          adjustedLineCount: mine.filter((l) => Number(l.adjustment_qty) !== 0).length,
        },
      };
    }),
  );
}
