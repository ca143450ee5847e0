import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/**
 * What the retention process needs: where each feed reader has read up to (so that an event it has not
 * read yet is kept), the message ids that were removed (so that a late resend is refused instead of
 * applied a second time), and two indexes for removing old rows without reading whole tables.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema
    .createTable('event_feed_readers')
    .addColumn('source_system_id', 'text', (c) => c.primaryKey())
    .addColumn('acknowledged_seq', big, (c) => c.notNull())
    .addColumn('last_read_at', big, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('removed_shipment_order_messages')
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('message_type', 'text', (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('removed_at', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('removed_shipment_order_messages_pk', ['source_system_id', 'message_id'])
    .execute();

  // Removing an event removes its deliveries first, and PostgreSQL checks the foreign key by event.
  await db.schema.createIndex('webhook_deliveries_by_event').on('webhook_deliveries').columns(['event_pk']).execute();
  // Operation ids are random text: only an index on the time finds the old ones.
  await db.schema.createIndex('client_operations_created').on('client_operations').columns(['created_at']).execute();
}
