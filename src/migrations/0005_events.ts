import { sql, type Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';
import { withId } from '../platform/db/migration-helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await withId(db.schema.createTable('business_events'), caps)
    .addColumn('event_id', 'text', (c) => c.notNull().unique())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('schema_version', 'integer', (c) => c.notNull())
    .addColumn('source_system_id', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('occurred_at', big, (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('feed_seq', big, (c) => c.unique())
    .execute();
  await db.schema
    .createIndex('business_events_undispatched')
    .on('business_events')
    .column('id')
    .where(sql.ref('feed_seq'), 'is', null)
    .execute();
  // An integration client reads only its own source system's part of the feed.
  await db.schema.createIndex('business_events_feed_by_source').on('business_events').columns(['source_system_id', 'feed_seq']).execute();

  // One row: the dispatcher's lock and the last feed position handed out.
  await db.schema
    .createTable('event_dispatch_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('last_feed_seq', big, (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_at', big)
    .execute();
  await db.insertInto('event_dispatch_state').values({ id: 1, last_feed_seq: 0, locked_by: null, locked_at: null }).execute();

  await withId(db.schema.createTable('webhook_subscriptions'), caps)
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('event_types', 'text', (c) => c.notNull())
    .addColumn('source_system_id', 'text')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('previous_secret', 'text')
    .addColumn('previous_secret_expires_at', big)
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('webhook_deliveries'), caps)
    .addColumn('subscription_id', big, (c) => c.notNull().references('webhook_subscriptions.id').onDelete('cascade'))
    .addColumn('event_pk', big, (c) => c.notNull().references('business_events.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', big, (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('lease_until', big)
    .addColumn('last_attempt_at', big)
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', big)
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .addUniqueConstraint('webhook_deliveries_once', ['subscription_id', 'event_pk'])
    .execute();
  // The sender's question: what is due now.
  await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('webhook_deliveries_by_subscription').on('webhook_deliveries').columns(['subscription_id', 'status']).execute();
}
