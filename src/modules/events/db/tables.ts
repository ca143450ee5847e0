import type { Generated } from 'kysely';

/** The outbox: written in the same transaction as the change that caused the event. */
export interface BusinessEventsTable {
  id: Generated<number>;
  event_id: string;
  event_type: string;
  schema_version: number;
  source_system_id: string | null;
  /** What the event is about, e.g. a message id or a journal number, for filtering and support. */
  subject: string;
  occurred_at: number;
  payload: string;
  /**
   * Position in the pull feed, assigned after commit by one dispatcher at a time, so that the feed
   * never shows a later position before an earlier one became visible (ids may commit out of order).
   */
  feed_seq: number | null;
}

export interface EventsTables {
  business_events: BusinessEventsTable;
}
