import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/**
 * Pick-pick-put (ADR 0022): a work template that groups the puts of its work (every pick first, then one
 * put for all), the work created with it, and clusters: one worker's trip that picks several pieces of
 * work, each into its own target license plate.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema.alterTable('work_templates').addColumn('group_puts', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('work_headers').addColumn('group_puts', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createTable('work_clusters')
    .addColumn('cluster_id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('worker_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('closed_at', big)
    .execute();
  await db.schema
    .createTable('work_cluster_members')
    .addColumn('cluster_id', 'text', (c) => c.notNull())
    .addColumn('work_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('target_license_plate_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('work_cluster_members_pk', ['cluster_id', 'work_id'])
    .execute();
  await db.schema.createIndex('work_cluster_members_work').on('work_cluster_members').columns(['work_id']).execute();
}
