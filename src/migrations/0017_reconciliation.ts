import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

const DIMENSIONS = ['item_number', 'warehouse_id', 'location_id', 'license_plate_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema
    .createTable('on_hand_reports')
    .addColumn('report_id', 'text', (c) => c.primaryKey())
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('report_name', 'text', (c) => c.notNull())
    .addColumn('as_of_date', 'text', (c) => c.notNull())
    .addColumn('as_of', big, (c) => c.notNull())
    .addColumn('include_registered_picked', 'integer', (c) => c.notNull())
    .addColumn('dimensions', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('line_count', 'integer', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('on_hand_reports_source').on('on_hand_reports').columns(['source_system_id', 'created_at']).execute();

  let lines = db.schema
    .createTable('on_hand_report_lines')
    .addColumn('report_id', 'text', (c) => c.notNull().references('on_hand_reports.report_id'))
    .addColumn('line_number', 'integer', (c) => c.notNull());
  for (const d of DIMENSIONS) lines = lines.addColumn(d, 'text', (c) => c.notNull().defaultTo(''));
  await lines
    .addColumn('source_item_number', 'text', (c) => c.notNull())
    .addColumn('source_owner_id', 'text')
    .addColumn('qty', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('on_hand_report_lines_pk', ['report_id', 'line_number'])
    .execute();

  await db.schema
    .createTable('update_log_state')
    .addColumn('source_system_id', 'text', (c) => c.primaryKey())
    .addColumn('scanned_through_ledger_id', big, (c) => c.notNull())
    .addColumn('last_sequence', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();

  let entries = db.schema
    .createTable('update_log_entries')
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('sequence', big, (c) => c.notNull())
    .addColumn('ledger_id', big, (c) => c.notNull())
    .addColumn('publish_id', 'text', (c) => c.notNull())
    .addColumn('published_at', big, (c) => c.notNull())
    .addColumn('update_reference_id', 'text', (c) => c.notNull())
    .addColumn('transaction_time', big, (c) => c.notNull())
    .addColumn('reference_type', 'text', (c) => c.notNull())
    .addColumn('reference_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull());
  for (const d of DIMENSIONS) entries = entries.addColumn(d, 'text', (c) => c.notNull().defaultTo(''));
  await entries
    .addColumn('source_item_number', 'text', (c) => c.notNull())
    .addColumn('source_owner_id', 'text')
    .addColumn('qty', big, (c) => c.notNull())
    .addColumn('also_reported_by', 'text')
    .addPrimaryKeyConstraint('update_log_entries_pk', ['source_system_id', 'sequence'])
    .addUniqueConstraint('update_log_entries_ledger', ['source_system_id', 'ledger_id'])
    .execute();
}
