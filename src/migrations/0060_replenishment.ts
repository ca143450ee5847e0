import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/**
 * Replenishment (ADR 0022): fixed pick locations with min/max per item and warehouse, the stock that
 * min/max replenishment work holds at its source locations, pick work that waits for the replenishment
 * of its pick face, and the outbound reservations that travel with demand replenishment to the face.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema
    .createTable('replenishment_fixed_locations')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text', (c) => c.notNull())
    .addColumn('min_qty', big, (c) => c.notNull())
    .addColumn('max_qty', big, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('replenishment_fixed_locations_pk', ['warehouse_id', 'item_number'])
    .execute();
  await db.schema.createIndex('replenishment_fixed_locations_location').on('replenishment_fixed_locations').columns(['warehouse_id', 'location_id']).execute();

  await db.schema
    .createTable('replenishment_reservations')
    .addColumn('work_id', 'text', (c) => c.notNull())
    .addColumn('line_number', 'integer', (c) => c.notNull())
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text', (c) => c.notNull())
    .addColumn('license_plate_id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('inventory_status_id', 'text', (c) => c.notNull())
    .addColumn('batch_number', 'text', (c) => c.notNull())
    .addColumn('serial_number', 'text', (c) => c.notNull())
    .addColumn('qty', big, (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('replenishment_reservations_pk', ['work_id', 'line_number'])
    .execute();
  await db.schema.createIndex('replenishment_reservations_item').on('replenishment_reservations').columns(['item_number']).execute();

  await db.schema.alterTable('work_headers').addColumn('waits_for_work_id', 'text').execute();
  await db.schema.createIndex('work_headers_waits_for').on('work_headers').columns(['waits_for_work_id']).execute();

  await db.schema.alterTable('outbound_reservations').addColumn('replenishment_work_id', 'text').execute();
  await db.schema.alterTable('outbound_reservations').addColumn('replenishment_line_number', 'integer').execute();
  await db.schema.createIndex('outbound_reservations_replenishment').on('outbound_reservations').columns(['replenishment_work_id', 'replenishment_line_number']).execute();
}
