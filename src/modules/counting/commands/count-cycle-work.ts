import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { loadLines } from '../db/journal-rows.js';
import { afterCount, mayMove, type CycleWorkStatus, type ReviewDecision } from '../domain/cycle-counting.js';
import { CountingErrors } from '../errors.js';
import { cancelJournal, clearCounts } from './journal-lifecycle.js';
import { postJournal } from './post-journal.js';
import { registerCounts, type CountInput } from './register-counts.js';

async function loadWork(db: Executor, workId: string) {
  const work = await db.selectFrom('cycle_count_work').selectAll().where('work_id', '=', workId).executeTakeFirst();
  if (!work) throw new DomainError(CountingErrors.workNotFound, `Cycle count work '${workId}' does not exist`);
  return work;
}

async function moveTo(db: Executor, workId: string, from: CycleWorkStatus, to: CycleWorkStatus, set: Record<string, unknown>): Promise<void> {
  if (!mayMove(from, to)) throw new DomainError(CountingErrors.workStatus, `Cycle count work '${workId}' is ${from} and cannot become ${to}`);
  const result = await db
    .updateTable('cycle_count_work')
    .set((eb) => ({ ...set, status: to, version: eb('version', '+', 1) }))
    .where('work_id', '=', workId)
    .where('status', '=', from)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new DomainError(CountingErrors.workStatus, `Cycle count work '${workId}' was changed by someone else`);
}

/**
 * A worker's count of a location. Each line is compared with its on-hand at the moment of
 * counting (snapshot plus what moved since), so picks and put-aways during the count are no
 * difference. Within tolerance, or counted by a supervisor, the adjustment is posted at once;
 * otherwise the work waits in Pending review.
 */
export async function countCycleWork(
  db: Executor,
  ctx: Pick<AppContext, 'ids'>,
  now: number,
  actor: { name: string; supervisor: boolean },
  workId: string,
  operationId: string,
  counts: readonly CountInput[],
): Promise<CycleWorkStatus> {
  const work = await loadWork(db, workId);
  if (work.status !== 'Open') throw new DomainError(CountingErrors.workStatus, `Cycle count work '${workId}' is ${work.status}, not Open`);
  await registerCounts(db, now, actor.name, work.journal_id, counts);
  const counted = (await loadLines(db, work.journal_id)).filter((l) => l.counted_qty !== null);
  const next = afterCount(
    counted.map((l) => ({ onHand: Number(l.on_hand_qty), adjustment: Number(l.adjustment_qty) })),
    { maxPercentage: work.max_percentage, maxQuantity: work.max_quantity === null ? null : Number(work.max_quantity) },
    actor.supervisor,
  );
  if (next === 'Closed') {
    await postJournal(db, ctx, now, actor.name, work.journal_id, operationId);
    const adjusted = counted.some((l) => Number(l.adjustment_qty) !== 0);
    await moveTo(db, workId, 'Open', 'Closed', { counted_at: now, counted_by: actor.name, closed_at: now, closed_by: actor.name, outcome: adjusted ? 'Adjusted' : 'NoDifference' });
  } else {
    await moveTo(db, workId, 'Open', 'PendingReview', { counted_at: now, counted_by: actor.name });
  }
  return next;
}

/** A manager's decision on a count outside tolerance: post it, drop it, or have it counted again. */
export async function reviewCycleWork(db: Executor, ctx: Pick<AppContext, 'ids'>, now: number, actor: string, workId: string, decision: ReviewDecision, operationId: string): Promise<CycleWorkStatus> {
  const work = await loadWork(db, workId);
  if (work.status !== 'PendingReview') throw new DomainError(CountingErrors.workStatus, `Cycle count work '${workId}' is ${work.status}, not PendingReview`);
  switch (decision) {
    case 'Accept':
      await postJournal(db, ctx, now, actor, work.journal_id, operationId);
      await moveTo(db, workId, 'PendingReview', 'Closed', { closed_at: now, closed_by: actor, outcome: 'Accepted' });
      return 'Closed';
    case 'Reject':
      await cancelJournal(db, work.journal_id);
      await moveTo(db, workId, 'PendingReview', 'Closed', { closed_at: now, closed_by: actor, outcome: 'Rejected' });
      return 'Closed';
    case 'Recount':
      await clearCounts(db, work.journal_id);
      await moveTo(db, workId, 'PendingReview', 'Open', { counted_at: null, counted_by: null, recounts: work.recounts + 1 });
      return 'Open';
  }
}
