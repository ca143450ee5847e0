import { sql, type Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';
import { withId } from '../platform/db/migration-helpers.js';

const DIMENSIONS = ['item_number', 'warehouse_id', 'location_id', 'license_plate_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  let ledger = withId(db.schema.createTable('inventory_transactions'), caps);
  for (const d of DIMENSIONS) ledger = ledger.addColumn(d, 'text', (c) => c.notNull().defaultTo(''));
  await ledger
    .addColumn('qty', big, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source_system_id', 'text')
    .addColumn('reference_type', 'text', (c) => c.notNull())
    .addColumn('reference_id', 'text', (c) => c.notNull())
    .addColumn('operation_id', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('finalized_at', big)
    .execute();
  await db.schema.createIndex('inventory_transactions_item').on('inventory_transactions').columns(['item_number', 'warehouse_id', 'created_at']).execute();
  await db.schema.createIndex('inventory_transactions_reference').on('inventory_transactions').columns(['reference_type', 'reference_id']).execute();
  await db.schema.createIndex('inventory_transactions_operation').on('inventory_transactions').columns(['operation_id']).execute();

  let balances = db.schema.createTable('inventory_balances');
  for (const d of DIMENSIONS) balances = balances.addColumn(d, 'text', (c) => c.notNull());
  await balances
    .addColumn('physical_qty', big, (c) => c.notNull())
    .addColumn('reserved_qty', big, (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('inventory_balances_pk', DIMENSIONS as never)
    // The last line of defence behind the guarded increments: stock never goes negative or over-reserved.
    .addCheckConstraint('inventory_balances_not_negative', sql`physical_qty >= 0 and reserved_qty >= 0 and reserved_qty <= physical_qty`)
    .execute();
  await db.schema.createIndex('inventory_balances_location').on('inventory_balances').columns(['warehouse_id', 'location_id']).execute();
}
