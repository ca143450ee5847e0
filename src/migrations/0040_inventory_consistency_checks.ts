import { sql, type Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';
import { withId } from '../platform/db/migration-helpers.js';

/**
 * The background ledger check keeps what each run found; the check reads the reservations that still
 * hold stock item by item, which the partial index serves without reading the spent ones.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await withId(db.schema.createTable('inventory_consistency_checks'), caps)
    .addColumn('checked_at', big, (c) => c.notNull())
    .addColumn('items_checked', 'integer', (c) => c.notNull())
    .addColumn('physical_differences', 'integer', (c) => c.notNull())
    .addColumn('reserved_differences', 'integer', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbound_reservations_holding').on('outbound_reservations').columns(['item_number']).where(sql.ref('qty'), '>', 0).execute();
}
