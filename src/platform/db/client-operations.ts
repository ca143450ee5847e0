import { CommonErrors, DomainError } from '../errors.js';
import type { Executor } from './database.js';

/**
 * Applies a scanner's (or any client's) operation at most once. The operation id is claimed with an
 * insert inside the caller's transaction: the first attempt runs and stores its answer; a retry after a
 * dropped connection finds the id taken and gets the stored answer instead of doing the work again. On
 * PostgreSQL a concurrent duplicate waits on the unique key until the first commits or rolls back.
 */
export async function onceForOperation<T>(
  db: Executor,
  now: number,
  operation: { operationId: string; scope: string },
  run: () => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  const claimed = await db
    .insertInto('client_operations')
    .values({ operation_id: operation.operationId, scope: operation.scope, created_at: now, result: null })
    .onConflict((oc) => oc.column('operation_id').doNothing())
    .returning('operation_id')
    .executeTakeFirst();
  if (!claimed) {
    const stored = await db.selectFrom('client_operations').select(['scope', 'result']).where('operation_id', '=', operation.operationId).executeTakeFirstOrThrow();
    if (stored.scope !== operation.scope) {
      throw new DomainError(CommonErrors.operationIdReused, `Operation id '${operation.operationId}' was already used for ${stored.scope}`, [
        { field: 'operationId', reason: `already used for ${stored.scope}`, value: operation.operationId },
      ]);
    }
    return { result: JSON.parse(stored.result ?? 'null') as T, replayed: true };
  }
  const result = await run();
  await db.updateTable('client_operations').set({ result: JSON.stringify(result ?? null) }).where('operation_id', '=', operation.operationId).execute();
  return { result, replayed: false };
}
