import type { Executor } from '../../platform/db/database.js';
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
 * events; if it commits, the events will be delivered. One multi-row insert for all of them.
 */
export async function appendEvents(db: Executor, ids: IdGenerator, now: number, events: readonly NewBusinessEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('business_events')
    .values(
      events.map((e) => ({
        event_id: ids.uuid(),
        event_type: e.type,
        schema_version: EVENT_TYPES[e.type].schemaVersion,
        source_system_id: e.sourceSystemId,
        subject: e.subject,
        occurred_at: now,
        payload: JSON.stringify(e.payload),
        feed_seq: null,
      })),
    )
    .execute();
}
