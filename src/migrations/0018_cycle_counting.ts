import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema
    .createTable('cycle_count_work')
    .addColumn('work_id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text', (c) => c.notNull())
    .addColumn('item_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by_method', 'text', (c) => c.notNull())
    .addColumn('origin_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('journal_id', 'text', (c) => c.notNull())
    .addColumn('max_percentage', 'integer')
    .addColumn('max_quantity', big)
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('counted_at', big)
    .addColumn('counted_by', 'text')
    .addColumn('closed_at', big)
    .addColumn('closed_by', 'text')
    .addColumn('outcome', 'text')
    .addColumn('recounts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cycle_count_work_location').on('cycle_count_work').columns(['warehouse_id', 'location_id', 'status']).execute();

  await db.schema
    .createTable('cycle_count_thresholds')
    .addColumn('threshold_id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('item_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('threshold_qty', big, (c) => c.notNull())
    .addColumn('max_percentage', 'integer')
    .addColumn('max_quantity', big)
    .execute();

  await db.schema
    .createTable('cycle_count_plans')
    .addColumn('plan_id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('location_ids', 'text')
    .addColumn('item_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('days_between_counts', 'integer', (c) => c.notNull())
    .addColumn('max_counts', 'integer', (c) => c.notNull())
    .addColumn('max_percentage', 'integer')
    .addColumn('max_quantity', big)
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();
}
