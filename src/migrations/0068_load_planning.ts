import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/**
 * Outbound load planning (issue 14, D365's load planning workbench): load templates say what a truck or
 * container takes (weight, volume, shipments), a load may name its template, and items know their volume
 * as they know their weight, so that a load's fill can be shown and an overfull load refused.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema.alterTable('items').addColumn('unit_volume_cm3', 'integer').execute();
  await db.schema
    .createTable('outbound_load_templates')
    .addColumn('template_id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('max_weight_grams', big)
    .addColumn('max_volume_cm3', big)
    .addColumn('max_shipments', 'integer')
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();
  await db.schema.alterTable('outbound_loads').addColumn('load_template_id', 'text').execute();
}
