import type { Selectable } from 'kysely';
import { toIso } from '../../../platform/clock.js';
import type { Executor } from '../../../platform/db/database.js';
import { fromJson } from '../../../platform/db/json.js';
import type { BusinessEventsTable } from './tables.js';

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

type FeedRow = Pick<Selectable<BusinessEventsTable>, 'event_id' | 'event_type' | 'schema_version' | 'source_system_id' | 'subject' | 'occurred_at' | 'payload'>;

function item(r: FeedRow, cursor: number): FeedItem {
  return {
    cursor,
    eventId: r.event_id,
    type: r.event_type,
    schemaVersion: r.schema_version,
    sourceSystemId: r.source_system_id,
    subject: r.subject,
    occurredAt: toIso(r.occurred_at),
    payload: fromJson<Record<string, unknown>>(r.payload, {}),
  };
}

/**
 * Dispatched events after a cursor, in feed order: the whole feed, for users. The cursor is the event's
 * feed position (feed_seq). The highest position is read first: every position up to it is already
 * committed (the dispatcher hands them out in order, one transaction at a time), so when a filtered page
 * is not full the cursor can jump to it and a client that filters never rescans events it cannot see.
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
  const items = (await query.execute()).map((r) => item(r, Number(r.feed_seq ?? 0)));
  const full = items.length === q.limit;
  return { items, nextCursor: full ? (items.at(-1)?.cursor ?? q.after) : upTo };
}

/**
 * One source system's own feed, for its integration client. Cursors are its events' own positions
 * (source_seq), and the head it may jump to is its own: neither tells it how many events other source
 * systems had. Same ordering guarantee as the whole feed (positions are handed out with feed_seq).
 */
export async function readOwnFeed(
  db: Executor,
  sourceSystemId: string,
  q: Omit<FeedQuery, 'sourceSystemId'>,
): Promise<{ items: FeedItem[]; nextCursor: number }> {
  const head = await db.selectFrom('event_source_positions').select('last_seq').where('source_system_id', '=', sourceSystemId).executeTakeFirst();
  const upTo = Number(head?.last_seq ?? 0);
  if (upTo <= q.after) return { items: [], nextCursor: q.after };
  let query = db
    .selectFrom('business_events')
    .select(['source_seq', 'event_id', 'event_type', 'schema_version', 'source_system_id', 'subject', 'occurred_at', 'payload'])
    .where('source_system_id', '=', sourceSystemId)
    .where('source_seq', '>', q.after)
    .where('source_seq', '<=', upTo)
    .orderBy('source_seq')
    .limit(q.limit);
  if (q.types !== undefined && q.types.length > 0) query = query.where('event_type', 'in', q.types);
  const items = (await query.execute()).map((r) => item(r, Number(r.source_seq ?? 0)));
  const full = items.length === q.limit;
  return { items, nextCursor: full ? (items.at(-1)?.cursor ?? q.after) : upTo };
}
