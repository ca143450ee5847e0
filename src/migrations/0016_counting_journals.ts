import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';
import { withId } from '../platform/db/migration-helpers.js';

const DIMENSIONS = ['item_number', 'warehouse_id', 'location_id', 'license_plate_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema
    .createTable('counting_journal_names')
    .addColumn('journal_name_id', 'text', (c) => c.primaryKey())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('exclude_from_update_log', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('counting_journals')
    .addColumn('journal_id', 'text', (c) => c.primaryKey())
    .addColumn('journal_name_id', 'text', (c) => c.notNull().references('counting_journal_names.journal_name_id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('counting_by', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('posted_at', big)
    .addColumn('posted_by', 'text')
    .addColumn('posting_seq', big, (c) => c.unique())
    .addColumn('operation_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();

  let lines = withId(db.schema.createTable('counting_journal_lines'), caps)
    .addColumn('journal_id', 'text', (c) => c.notNull().references('counting_journals.journal_id'))
    .addColumn('line_number', 'integer', (c) => c.notNull());
  for (const d of DIMENSIONS) lines = lines.addColumn(d, 'text', (c) => c.notNull().defaultTo(''));
  await lines
    .addColumn('snapshot_qty', big, (c) => c.notNull())
    .addColumn('snapshot_ledger_id', big, (c) => c.notNull())
    .addColumn('snapshot_at', big, (c) => c.notNull())
    .addColumn('on_hand_qty', big)
    .addColumn('moved_qty', big)
    .addColumn('counted_qty', big)
    .addColumn('adjustment_qty', big)
    .addColumn('counted_at', big)
    .addColumn('counted_by', 'text')
    .addColumn('reason_code', 'text')
    .addUniqueConstraint('counting_journal_lines_number', ['journal_id', 'line_number'])
    .execute();
}
