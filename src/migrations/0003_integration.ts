import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';
import { withId } from '../platform/db/migration-helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema
    .createTable('source_systems')
    .addColumn('source_system_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('inbound_number_policy', 'text', (c) => c.notNull())
    .addColumn('inbound_number_prefix', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('inbound_number_suffix', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('outbound_number_policy', 'text', (c) => c.notNull())
    .addColumn('outbound_number_prefix', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('outbound_number_suffix', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('manual_inbound_orders', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('manual_outbound_orders', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reservation_at_import_policy', 'text', (c) => c.notNull())
    .addColumn('reservation_policy_mandatory', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('consolidation_policy', 'text', (c) => c.notNull())
    .addColumn('inbound_load_sync_policy', 'text', (c) => c.notNull())
    .addColumn('inbound_delivery_policy', 'text', (c) => c.notNull())
    .addColumn('update_log_inbound', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('update_log_outbound', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('default_owner_id', 'text')
    .addColumn('receipt_posting_delay_minutes', 'integer', (c) => c.notNull())
    .addColumn('packing_slip_posting_delay_minutes', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('source_system_items')
    .addColumn('source_system_id', 'text', (c) => c.notNull().references('source_systems.source_system_id').onDelete('cascade'))
    .addColumn('external_item_number', 'text', (c) => c.notNull())
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('source_system_items_pk', ['source_system_id', 'external_item_number'])
    .execute();

  await withId(db.schema.createTable('shipment_order_messages'), caps)
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('message_type', 'text', (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('order_key', 'text', (c) => c.notNull())
    .addColumn('seq', big, (c) => c.notNull())
    .addColumn('processing_status', 'text', (c) => c.notNull())
    .addColumn('processor_state', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('previous_version_id', big)
    .addColumn('replaced_by_id', big)
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', big, (c) => c.notNull())
    .addColumn('received_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .addColumn('processed_at', big)
    .addColumn('last_error', 'text')
    .addColumn('result_order_number', 'text')
    .addUniqueConstraint('shipment_order_messages_key', ['source_system_id', 'message_id', 'version'])
    .execute();
  // The processor's two questions: what is queued, and is anything earlier for this order still open.
  await db.schema
    .createIndex('shipment_order_messages_queue')
    .on('shipment_order_messages')
    .columns(['processor_state', 'next_attempt_at'])
    .execute();
  await db.schema.createIndex('shipment_order_messages_order').on('shipment_order_messages').columns(['order_key', 'seq']).execute();

  await withId(db.schema.createTable('message_log'), caps)
    .addColumn('message_pk', big, (c) => c.notNull().references('shipment_order_messages.id').onDelete('cascade'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('at', big, (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('value', 'text')
    .execute();
  await db.schema.createIndex('message_log_by_message').on('message_log').columns(['message_pk']).execute();
}
