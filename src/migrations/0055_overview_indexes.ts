import type { Kysely } from 'kysely';

/**
 * The workspace overviews count what happened today (picks, registrations, counts, ledger movements)
 * and in the last hours (messages received and processed) by time alone: without an index on the
 * time each of those read its whole table, a table that only grows. Orders to release are found by
 * their release status among every order ever received.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('work_lines_handled_at').on('work_lines').columns(['handled_at']).execute();
  await db.schema.createIndex('inbound_registrations_registered_at').on('inbound_registrations').columns(['registered_at']).execute();
  await db.schema.createIndex('counting_journal_lines_counted_at').on('counting_journal_lines').columns(['counted_at']).execute();
  await db.schema.createIndex('inventory_transactions_created_at').on('inventory_transactions').columns(['created_at']).execute();
  await db.schema.createIndex('shipment_order_messages_received_at').on('shipment_order_messages').columns(['received_at']).execute();
  await db.schema.createIndex('shipment_order_messages_processed_at').on('shipment_order_messages').columns(['processed_at']).execute();
  await db.schema.createIndex('outbound_orders_release').on('outbound_orders').columns(['release_status', 'status']).execute();
}
