import type { Executor } from '../../../platform/db/database.js';

/**
 * Moves ledger rows of some documents on to their final status (Registered -> Received,
 * Picked -> Deducted) without touching quantities; returns how many rows moved.
 */
export async function finalizeTransactions(
  db: Executor,
  now: number,
  filter: { referenceType: string; referenceIds: readonly string[]; fromStatus: string; toStatus: string },
): Promise<number> {
  if (filter.referenceIds.length === 0) return 0;
  const result = await db
    .updateTable('inventory_transactions')
    .set({ status: filter.toStatus, finalized_at: now })
    .where('reference_type', '=', filter.referenceType)
    .where('reference_id', 'in', filter.referenceIds)
    .where('status', '=', filter.fromStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
