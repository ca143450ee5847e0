import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/**
 * The D365-compatible surface (/data/): which D365 company (dataAreaId) each source system is, and shipment
 * order messages being sent the D365 way, header first, then lines, until the Complete action queues them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema
    .createTable('d365_companies')
    .addColumn('source_system_id', 'text', (c) => c.primaryKey())
    .addColumn('data_area_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('d365_staged_messages')
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('message_type', 'text', (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('header', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('d365_staged_messages_pk', ['source_system_id', 'message_id'])
    .execute();
  // Abandoned messages (never completed) are removed by age.
  await db.schema.createIndex('d365_staged_messages_by_age').on('d365_staged_messages').columns(['updated_at']).execute();

  await db.schema
    .createTable('d365_staged_lines')
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('line_number', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('d365_staged_lines_pk', ['source_system_id', 'message_id', 'line_number'])
    .execute();
}
