import type { Executor } from '../../../platform/db/database.js';

/** A reader that keeps polling at the same position is written down at most this often. */
const REFRESH_MS = 3_600_000;

/**
 * Notes how far a source system has read the feed: a call with `after` = N says it has what comes up to
 * N. Retention keeps what a reader has not reached. Written only when the position moves or the last
 * note is an hour old, so that polling an idle feed does not write on every call.
 */
export async function noteFeedRead(db: Executor, now: number, sourceSystemId: string, after: number): Promise<void> {
  const current = await db.selectFrom('event_feed_readers').selectAll().where('source_system_id', '=', sourceSystemId).executeTakeFirst();
  if (current && Number(current.acknowledged_seq) === after && now - Number(current.last_read_at) < REFRESH_MS) return;
  await db
    .insertInto('event_feed_readers')
    .values({ source_system_id: sourceSystemId, acknowledged_seq: after, last_read_at: now })
    .onConflict((oc) => oc.column('source_system_id').doUpdateSet({ acknowledged_seq: after, last_read_at: now }))
    .execute();
}
