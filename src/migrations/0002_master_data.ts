import { sql, type Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';
import { flagColumn, withId } from '../platform/db/migration-helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema
    .createTable('sites')
    .addColumn('site_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('warehouses')
    .addColumn('warehouse_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('site_id', 'text', (c) => c.references('sites.site_id'))
    .execute();
  await db.schema.createIndex('warehouses_by_site').on('warehouses').column('site_id').execute();

  await db.schema
    .createTable('zones')
    .addColumn('warehouse_id', 'text', (c) => c.notNull().references('warehouses.warehouse_id'))
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('zones_pk', ['warehouse_id', 'zone_id'])
    .execute();

  await db.schema
    .createTable('location_profiles')
    .addColumn('profile_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('location_type', 'text', (c) => c.notNull())
    .addColumn('license_plate_controlled', 'integer', flagColumn(0))
    .addColumn('allow_cycle_counting', 'integer', flagColumn(1))
    .execute();

  await db.schema
    .createTable('locations')
    .addColumn('warehouse_id', 'text', (c) => c.notNull().references('warehouses.warehouse_id'))
    .addColumn('location_id', 'text', (c) => c.notNull())
    .addColumn('profile_id', 'text', (c) => c.notNull().references('location_profiles.profile_id'))
    .addColumn('zone_id', 'text')
    .addColumn('max_quantity', big)
    .addColumn('max_distinct_items', 'integer')
    .addColumn('sort_code', 'integer')
    .addColumn('aisle', 'text')
    .addPrimaryKeyConstraint('locations_pk', ['warehouse_id', 'location_id'])
    // A null zone_id leaves the composite key unchecked (MATCH SIMPLE on both databases).
    .addForeignKeyConstraint('locations_zone_fk', ['warehouse_id', 'zone_id'], 'zones', ['warehouse_id', 'zone_id'])
    .execute();
  await db.schema.createIndex('locations_by_profile').on('locations').column('profile_id').execute();
  await db.schema.createIndex('locations_by_zone').on('locations').columns(['warehouse_id', 'zone_id']).execute();

  await db.schema
    .createTable('units')
    .addColumn('symbol', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('decimals', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('items')
    .addColumn('item_number', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('inventory_unit', 'text', (c) => c.notNull().references('units.symbol'))
    .addColumn('batch_tracked', 'integer', flagColumn(0))
    .addColumn('serial_tracked', 'integer', flagColumn(0))
    .addColumn('valuated', 'integer', flagColumn(0))
    .addColumn('shelf_life_days', 'integer')
    .addColumn('barcode', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('items_by_unit').on('items').column('inventory_unit').execute();

  await withId(db.schema.createTable('unit_conversions'), caps)
    .addColumn('from_unit', 'text', (c) => c.notNull().references('units.symbol'))
    .addColumn('to_unit', 'text', (c) => c.notNull().references('units.symbol'))
    .addColumn('item_number', 'text', (c) => c.references('items.item_number'))
    .addColumn('numerator', big, (c) => c.notNull())
    .addColumn('denominator', big, (c) => c.notNull())
    .execute();
  // Unique constraints treat nulls as distinct, so general and item-specific conversions get one partial index each.
  await db.schema
    .createIndex('unit_conversions_general')
    .on('unit_conversions')
    .columns(['from_unit', 'to_unit'])
    .unique()
    .where(sql.ref('item_number'), 'is', null)
    .execute();
  await db.schema
    .createIndex('unit_conversions_item')
    .on('unit_conversions')
    .columns(['item_number', 'from_unit', 'to_unit'])
    .unique()
    .where(sql.ref('item_number'), 'is not', null)
    .execute();
  await db.schema.createIndex('unit_conversions_by_to_unit').on('unit_conversions').column('to_unit').execute();

  await db.schema
    .createTable('inventory_statuses')
    .addColumn('status_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('available', 'integer', flagColumn(1))
    .addColumn('is_default', 'integer', flagColumn(0))
    .execute();
  // At most one default, enforced by the database too.
  await db.schema
    .createIndex('inventory_statuses_one_default')
    .on('inventory_statuses')
    .column('is_default')
    .unique()
    .where(sql.ref('is_default'), '=', 1)
    .execute();

  await db.schema
    .createTable('inventory_owners')
    .addColumn('owner_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('inventory_owner_external_ids')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('inventory_owners.owner_id').onDelete('cascade'))
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('external_owner_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('inventory_owner_external_ids_pk', ['owner_id', 'source_system_id'])
    .addUniqueConstraint('inventory_owner_external_ids_external', ['source_system_id', 'external_owner_id'])
    .execute();

  await db.schema
    .createTable('license_plates')
    .addColumn('license_plate_id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.references('warehouses.warehouse_id'))
    .addColumn('parent_license_plate_id', 'text', (c) => c.references('license_plates.license_plate_id'))
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('license_plates_by_parent').on('license_plates').column('parent_license_plate_id').execute();
  await db.schema.createIndex('license_plates_by_warehouse').on('license_plates').column('warehouse_id').execute();
}
