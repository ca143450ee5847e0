import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';
import { withId } from '../platform/db/migration-helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema
    .createTable('work_headers')
    .addColumn('work_id', 'text', (c) => c.primaryKey())
    .addColumn('work_type', 'text', (c) => c.notNull())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text')
    .addColumn('reference_type', 'text', (c) => c.notNull())
    .addColumn('reference_id', 'text', (c) => c.notNull())
    .addColumn('source_system_id', 'text')
    .addColumn('assigned_worker', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .addColumn('started_at', big)
    .addColumn('closed_at', big)
    .execute();
  await db.schema.createIndex('work_headers_queue').on('work_headers').columns(['warehouse_id', 'status', 'work_type']).execute();
  await db.schema.createIndex('work_headers_reference').on('work_headers').columns(['reference_type', 'reference_id']).execute();

  const dims = ['item_number', 'location_id', 'license_plate_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number'];
  let lines = withId(db.schema.createTable('work_lines'), caps)
    .addColumn('work_id', 'text', (c) => c.notNull().references('work_headers.work_id').onDelete('cascade'))
    .addColumn('line_number', 'integer', (c) => c.notNull())
    .addColumn('line_type', 'text', (c) => c.notNull())
    .addColumn('pick_line_number', 'integer');
  for (const d of dims) lines = lines.addColumn(d, 'text', (c) => c.notNull().defaultTo(''));
  await lines
    .addColumn('qty', big, (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('handled_qty', big, (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('actual_location_id', 'text')
    .addColumn('override_reason', 'text')
    .addColumn('handled_by', 'text')
    .addColumn('handled_at', big)
    .addUniqueConstraint('work_lines_number', ['work_id', 'line_number'])
    .execute();
  // Open put lines count as stock on its way when the directives choose a location.
  await db.schema.createIndex('work_lines_open_puts').on('work_lines').columns(['status', 'line_type', 'location_id']).execute();

  await db.schema
    .createTable('work_templates')
    .addColumn('template_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('work_type', 'text', (c) => c.notNull())
    .addColumn('warehouse_id', 'text')
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('location_directives')
    .addColumn('directive_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('work_type', 'text', (c) => c.notNull())
    .addColumn('line_type', 'text', (c) => c.notNull())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('item_number', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('inventory_status_id', 'text')
    .addColumn('zone_id', 'text')
    .addColumn('location_type', 'text')
    .addColumn('respect_capacity', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('one_item_per_location', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fallback_location_id', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
}
