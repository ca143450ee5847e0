import { CommonErrors, DomainError } from '../errors.js';
import type { Kdb, Tx } from './database.js';
import { preparedQuery } from './prepared-query.js';

export interface ClientOperation {
  operationId: string;
  /** What the id was used for; the same id for something else is refused. */
  scope: string;
}

const storeAnswer = preparedQuery<{ operationId: string; scope: string; now: number; result: string }, never>(['operationId', 'scope', 'now', 'result'], (db, v) =>
  db
    .insertInto('client_operations')
    .values({ operation_id: v.operationId, scope: v.scope, created_at: v.now, result: v.result })
    .onConflict((oc) => oc.column('operation_id').doNothing()),
);

/**
 * How a retry is answered when the answer is not stored: read again. For an answer that is a document with
 * all its lines (a piece of work), storing it with every scan wrote the whole document again each time (a
 * work of 2,000 lines: about a megabyte per scan); a retry after a lost response is answered with the
 * document as it is now, which shows the retried step done, as the stored answer did.
 */
export type Replay<T> = (db: Kdb) => Promise<T>;

/** The operation id was stored by an earlier attempt while this one ran: its transaction must not commit. */
class AppliedBefore extends Error {}

/**
 * Applies a scanner's (or any client's) operation at most once. `run` does the work in a transaction, and
 * the operation id is stored with its answer at the end of that transaction, in one insert: a retry after a
 * dropped connection runs the work again, finds the id taken when it stores it (or fails on what the first
 * attempt changed), rolls everything back and gets the stored answer instead. Retries are rare, so doing the
 * work a second time costs less than claiming the id before the work and storing the answer after it
 * (two writes of the same row on every request).
 *
 * On PostgreSQL a concurrent duplicate either waits for the first one's row locks (then fails on what it
 * changed) or waits on the operation id's unique key until the first commits (then finds it taken); both
 * end in the stored answer. Any failure first looks for a stored answer, so a duplicate never gets an error
 * the first attempt did not get. `db` must not be a transaction: the rollback is what undoes a duplicate.
 */
export async function applyOnce<T>(db: Kdb, now: number, operation: ClientOperation, run: (trx: Tx) => Promise<T>, replay?: Replay<T>): Promise<{ result: T; replayed: boolean }> {
  try {
    const result = await db.transaction().execute(async (trx) => {
      const answer = await run(trx);
      const stored = await storeAnswer(trx, { operationId: operation.operationId, scope: operation.scope, now, result: replay ? 'null' : JSON.stringify(answer ?? null) });
      if (Number(stored.numAffectedRows ?? 0) !== 1) throw new AppliedBefore();
      return answer;
    });
    return { result, replayed: false };
  } catch (error) {
    const stored = await storedAnswer<T>(db, operation);
    if (stored) return { result: replay ? await replay(db) : stored.result, replayed: true };
    if (error instanceof AppliedBefore) throw new Error(`operation '${operation.operationId}' was stored by another attempt and is gone again`, { cause: error });
    throw error;
  }
}

async function storedAnswer<T>(db: Kdb, operation: ClientOperation): Promise<{ result: T } | undefined> {
  const stored = await db.selectFrom('client_operations').select(['scope', 'result']).where('operation_id', '=', operation.operationId).executeTakeFirst();
  if (!stored) return undefined;
  if (stored.scope !== operation.scope) {
    throw new DomainError(CommonErrors.operationIdReused, `Operation id '${operation.operationId}' was already used for ${stored.scope}`, [
      { field: 'operationId', reason: `already used for ${stored.scope}`, value: operation.operationId },
    ]);
  }
  return { result: JSON.parse(stored.result ?? 'null') as T };
}
