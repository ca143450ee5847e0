import type { Executor } from './database.js';

/** Runs fn in the caller's transaction when there is one, so that commands compose; otherwise in a new one. */
export async function inTransaction<T>(db: Executor, fn: (tx: Executor) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
