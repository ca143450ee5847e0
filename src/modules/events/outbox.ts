import type { Executor } from '../../platform/db/database.js';
import { insertRows } from '../../platform/db/insert-rows.js';
import type { IdGenerator } from '../../platform/ids.js';
import { EVENT_TYPES, type EventType } from './catalog.js';

export interface NewBusinessEvent {
  type: EventType;
  sourceSystemId: string | null;
  subject: string;
  payload: Record<string, unknown>;
}

/**
 * Appends events to the outbox inside the caller's transaction: if the change rolls back, so do its
 * events; if it commits, the events will be delivered. Multi-row inserts of a few fixed sizes (see insertRows).
 */
export async function appendEvents(db: Executor, ids: IdGenerator, now: number, events: readonly NewBusinessEvent[]): Promise<void> {
  if (events.length === 0) return;
  await insertRows(
    db,
    'business_events',
    events.map((e, i) => ({
        event_id: timeOrderedId(now, ids.uuid(), i),
        event_type: e.type,
        schema_version: EVENT_TYPES[e.type].schemaVersion,
        source_system_id: e.sourceSystemId,
        subject: e.subject,
        occurred_at: now,
        payload: JSON.stringify(e.payload),
        feed_seq: null,
        source_seq: null,
    })),
  );
}

/**
 * A version 7 UUID (RFC 9562): the time in milliseconds, then the event's place in its insert, then
 * 62 random bits taken from a random UUID. Ids that grow with time are added at the end of the
 * event id index, where random ones would rewrite a different index page for almost every event.
 */
export function timeOrderedId(now: number, randomUuid: string, index: number): string {
  const random = randomUuid.replace(/-/g, '');
  const hex = `${Math.max(0, Math.floor(now)).toString(16).padStart(12, '0').slice(-12)}7${(index & 0xfff).toString(16).padStart(3, '0')}${random.slice(16)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
