import { sql, type Kysely } from 'kysely';

/**
 * Indexes that a new message or event does not need to touch (issue 13): every entry an insert adds is a
 * page written at its commit, and a message taken over HTTP is one commit of its own. Unprocessed messages
 * (processed_at NULL) and undispatched events (feed_seq, source_seq NULL) are now left out of the indexes
 * that only ever look for processed messages and dispatched events; both databases use a partial index for
 * a range or an equality on its column, which implies the column is not NULL.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('shipment_order_messages_processed_at').execute();
  await db.schema
    .createIndex('shipment_order_messages_processed_at')
    .on('shipment_order_messages')
    .column('processed_at')
    .where(sql.ref('processed_at'), 'is not', null)
    .execute();
  await db.schema.dropIndex('business_events_feed_by_source').execute();
  await db.schema
    .createIndex('business_events_feed_by_source')
    .on('business_events')
    .columns(['source_system_id', 'feed_seq'])
    .where(sql.ref('feed_seq'), 'is not', null)
    .execute();
  await db.schema.dropIndex('business_events_by_source_seq').execute();
  await db.schema
    .createIndex('business_events_by_source_seq')
    .unique()
    .on('business_events')
    .columns(['source_system_id', 'source_seq'])
    .where(sql.ref('source_seq'), 'is not', null)
    .execute();
}
