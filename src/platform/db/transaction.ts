import type { Executor, Kdb, Tx } from './database.js';

/** Runs fn in the caller's transaction when there is one, so that commands compose; otherwise in a new one. */
export async function inTransaction<T>(db: Executor, fn: (tx: Executor) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}

/**
 * A transaction of its own for background work that is not a request's command (a retention batch, the
 * event dispatcher, a ledger check): the one place outside the command shell that opens one.
 */
export function newTransaction<T>(db: Kdb, fn: (trx: Tx) => Promise<T>, options: { isolation?: 'repeatable read' } = {}): Promise<T> {
  const builder = db.transaction();
  return (options.isolation === undefined ? builder : builder.setIsolationLevel(options.isolation)).execute(fn);
}
