import type { Executor } from '../../../platform/db/database.js';

/**
 * Cancels work that nobody has started (Open, no line handled) inside the caller's transaction, for a
 * module whose document changed under the work (an outbound order reduced after release). Returns
 * false, changing nothing, when the work was started meanwhile or is not open.
 */
export async function cancelUnstartedWork(trx: Executor, now: number, workId: string, reason: string): Promise<boolean> {
  const header = await trx.selectFrom('work_headers').select(['version', 'status']).where('work_id', '=', workId).executeTakeFirst();
  if (!header || header.status !== 'Open') return false;
  const handled = await trx.selectFrom('work_lines').select('id').where('work_id', '=', workId).where('handled_qty', '>', 0).executeTakeFirst();
  if (handled) return false;
  const changed = await trx
    .updateTable('work_headers')
    .set({ status: 'Canceled', cancel_reason: reason, closed_at: now, updated_at: now, version: header.version + 1 })
    .where('work_id', '=', workId)
    .where('version', '=', header.version)
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) !== 1) return false;
  await trx.updateTable('work_lines').set({ status: 'Canceled' }).where('work_id', '=', workId).execute();
  return true;
}
