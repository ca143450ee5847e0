import type { Executor } from '../../../platform/db/database.js';
import { statusAfterLines } from '../domain/work-status.js';

/**
 * Ends a pick line at what was actually picked (a short pick), inside the caller's transaction: the
 * open rest of the pick line and of its put line is dropped, and the work closes when nothing is left
 * open. Returns the quantity dropped, or null when the line is not an open pick line.
 */
export async function shortenPickLine(trx: Executor, now: number, workId: string, pickLineNumber: number): Promise<number | null> {
  const header = await trx.selectFrom('work_headers').select(['status', 'version', 'started_at']).where('work_id', '=', workId).executeTakeFirst();
  if (!header || (header.status !== 'Open' && header.status !== 'InProcess')) return null;
  const lines = await trx.selectFrom('work_lines').selectAll().where('work_id', '=', workId).orderBy('line_number').execute();
  const pick = lines.find((l) => l.line_number === pickLineNumber && l.line_type === 'Pick' && l.status === 'Open');
  if (!pick) return null;
  const dropped = pick.qty - pick.handled_qty;
  const done = (handled: number) => (handled > 0 ? 'Closed' : 'Canceled');
  await trx.updateTable('work_lines').set({ qty: pick.handled_qty, status: done(pick.handled_qty) }).where('id', '=', pick.id).execute();
  const statuses = new Map(lines.map((l) => [l.line_number, l.status]));
  statuses.set(pick.line_number, done(pick.handled_qty));
  const put = lines.find((l) => l.pick_line_number === pickLineNumber);
  if (put) {
    const status = put.handled_qty >= pick.handled_qty ? done(pick.handled_qty) : 'Open';
    await trx.updateTable('work_lines').set({ qty: pick.handled_qty, status }).where('id', '=', put.id).execute();
    statuses.set(put.line_number, status);
  }
  const next = statusAfterLines(header.status, [...statuses.values()]);
  await trx
    .updateTable('work_headers')
    .set({ status: next, version: header.version + 1, updated_at: now, started_at: header.started_at ?? now, closed_at: next === 'Closed' ? now : null })
    .where('work_id', '=', workId)
    .where('version', '=', header.version)
    .execute();
  return dropped;
}
