import { toIso } from '../../../platform/clock.js';
import type { Executor } from '../../../platform/db/database.js';
import { fromJson } from '../../../platform/db/json.js';

export interface FeedItem {
  cursor: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  sourceSystemId: string | null;
  subject: string;
  occurredAt: string | null;
  payload: Record<string, unknown>;
}

export interface FeedQuery {
  after: number;
  limit: number;
  types?: string[];
  sourceSystemId?: string;
}

/**
 * Dispatched events after a cursor, in feed order. The cursor is the event's feed position (feed_seq).
 * The highest position is read first: every position up to it is already committed (the dispatcher
 * hands them out in order, one transaction at a time), so when a filtered page is not full the cursor
 * can jump to it and a client that filters never rescans events it cannot see.
 */
export async function readFeed(db: Executor, q: FeedQuery): Promise<{ items: FeedItem[]; nextCursor: number }> {
  const head = await db.selectFrom('business_events').select((eb) => eb.fn.max('feed_seq').as('seq')).executeTakeFirst();
  const upTo = Number(head?.seq ?? 0);
  if (upTo <= q.after) return { items: [], nextCursor: q.after };
  let query = db
    .selectFrom('business_events')
    .select(['feed_seq', 'event_id', 'event_type', 'schema_version', 'source_system_id', 'subject', 'occurred_at', 'payload'])
    .where('feed_seq', '>', q.after)
    .where('feed_seq', '<=', upTo)
    .orderBy('feed_seq')
    .limit(q.limit);
  if (q.sourceSystemId !== undefined) query = query.where('source_system_id', '=', q.sourceSystemId);
  if (q.types !== undefined && q.types.length > 0) query = query.where('event_type', 'in', q.types);
  const rows = await query.execute();
  const items = rows.map((r) => ({
    cursor: r.feed_seq ?? 0,
    eventId: r.event_id,
    type: r.event_type,
    schemaVersion: r.schema_version,
    sourceSystemId: r.source_system_id,
    subject: r.subject,
    occurredAt: toIso(r.occurred_at),
    payload: fromJson<Record<string, unknown>>(r.payload, {}),
  }));
  const full = items.length === q.limit;
  return { items, nextCursor: full ? (items.at(-1)?.cursor ?? q.after) : upTo };
}
