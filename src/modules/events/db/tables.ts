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
  /**
   * Position among its source system's events, assigned with feed_seq: an integration client's feed
   * cursor, which says nothing about other source systems' events. null for warehouse-wide events.
   */
  source_seq: number | null;
}

/** Per source system: the last source_seq handed out (kept here, so that removing old events never reuses one). */
export interface EventSourcePositionsTable {
  source_system_id: string;
  last_seq: number;
}

/** A single row (id 1): locked by the dispatcher while it hands out feed positions. */
export interface EventDispatchStateTable {
  id: number;
  last_feed_seq: number;
  locked_by: string | null;
  locked_at: number | null;
}

export interface WebhookSubscriptionsTable {
  id: Generated<number>;
  url: string;
  /** JSON array of event type names, or ["*"] for every event. */
  event_types: string;
  /** null: an admin subscription that sees every source system's events (and warehouse-wide ones). */
  source_system_id: string | null;
  description: string;
  active: number;
  /**
   * Standard Webhooks secret (`whsec_` + base64), sealed with AES-256-GCM (signing needs the secret itself,
   * so it cannot be hashed); see db/secrets.ts.
   */
  secret: string;
  /** The secret before the last rotation, still signed with until it expires (then cleared), so receivers can switch over. */
  previous_secret: string | null;
  previous_secret_expires_at: number | null;
  /** The key that sealed secret and previous_secret; null for clear text written before sealing existed. */
  secret_key_id: string | null;
  /** Quayside or D365 (domain/payload-formats.ts). */
  payload_format: Generated<string>;
  created_at: number;
  updated_at: number;
}

export interface WebhookDeliveriesTable {
  id: Generated<number>;
  subscription_id: number;
  /** business_events.id */
  event_pk: number;
  /** pending, in_flight, delivered, failed (subscription deactivated) or dead (gave up after the last attempt). */
  status: string;
  attempts: number;
  next_attempt_at: number;
  locked_by: string | null;
  lease_until: number | null;
  last_attempt_at: number | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: number | null;
  created_at: number;
  updated_at: number;
}

/**
 * How far each source system has read the pull feed (the `after` of its latest read): retention keeps
 * the events a reader that still reads has not reached, however old they are.
 */
export interface EventFeedReadersTable {
  source_system_id: string;
  acknowledged_seq: number;
  last_read_at: number;
}

export interface EventsTables {
  event_feed_readers: EventFeedReadersTable;
  business_events: BusinessEventsTable;
  event_dispatch_state: EventDispatchStateTable;
  event_source_positions: EventSourcePositionsTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
}
