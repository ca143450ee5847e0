import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';
import { withId } from '../platform/db/migration-helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema
    .createTable('inbound_parameters')
    .addColumn('warehouse_id', 'text', (c) => c.primaryKey())
    .addColumn('packing_slip_policy', 'text', (c) => c.notNull())
    .addColumn('load_over_receipt_policy', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('inbound_loads')
    .addColumn('load_id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('source_system_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('over_receipt_policy', 'text')
    .addColumn('transport', 'text', (c) => c.notNull())
    .addColumn('receiving_completed_at', big)
    .addColumn('packing_slip_id', 'text')
    .addColumn('packing_slip_date', big)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inbound_loads_status').on('inbound_loads').columns(['status', 'warehouse_id']).execute();

  await db.schema
    .createTable('inbound_shipments')
    .addColumn('shipment_id', 'text', (c) => c.primaryKey())
    .addColumn('load_id', 'text', (c) => c.notNull().references('inbound_loads.load_id').onDelete('cascade'))
    .addColumn('vendor_shipment_id', 'text')
    .addColumn('vendor_packing_slip_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('inbound_load_lines'), caps)
    .addColumn('load_id', 'text', (c) => c.notNull().references('inbound_loads.load_id').onDelete('cascade'))
    .addColumn('shipment_id', 'text')
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('line_number', 'integer', (c) => c.notNull())
    .addColumn('lot_id', big, (c) => c.notNull())
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addColumn('qty', big, (c) => c.notNull())
    .addColumn('registered_qty', big, (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('inbound_load_lines_lot', ['load_id', 'lot_id'])
    .execute();
  await db.schema.createIndex('inbound_load_lines_by_lot').on('inbound_load_lines').columns(['lot_id']).execute();

  await withId(db.schema.createTable('inbound_packing_structures'), caps)
    .addColumn('load_id', 'text', (c) => c.notNull().references('inbound_loads.load_id').onDelete('cascade'))
    .addColumn('shipment_id', 'text')
    .addColumn('license_plate_id', 'text', (c) => c.notNull())
    .addColumn('parent_license_plate_id', 'text')
    .addColumn('received_at', big)
    .addUniqueConstraint('inbound_packing_structures_plate', ['load_id', 'license_plate_id'])
    .execute();
  await db.schema.createIndex('inbound_packing_structures_by_plate').on('inbound_packing_structures').columns(['license_plate_id']).execute();

  await withId(db.schema.createTable('inbound_packing_lines'), caps)
    .addColumn('load_id', 'text', (c) => c.notNull().references('inbound_loads.load_id').onDelete('cascade'))
    .addColumn('license_plate_id', 'text', (c) => c.notNull())
    .addColumn('lot_id', big, (c) => c.notNull())
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addColumn('qty', big, (c) => c.notNull())
    .addColumn('batch_number', 'text')
    .execute();

  await withId(db.schema.createTable('inbound_registrations'), caps)
    .addColumn('load_id', 'text', (c) => c.notNull())
    .addColumn('lot_id', big, (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('line_number', 'integer', (c) => c.notNull())
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addColumn('qty', big, (c) => c.notNull())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text', (c) => c.notNull())
    .addColumn('license_plate_id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('inventory_status_id', 'text', (c) => c.notNull())
    .addColumn('batch_number', 'text', (c) => c.notNull())
    .addColumn('serial_number', 'text', (c) => c.notNull())
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('work_id', 'text')
    .addColumn('receipt_number', 'text')
    .addColumn('operation_id', 'text', (c) => c.notNull())
    .addColumn('worker', 'text', (c) => c.notNull())
    .addColumn('registered_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inbound_registrations_load').on('inbound_registrations').columns(['load_id', 'receipt_number']).execute();
  await db.schema.createIndex('inbound_registrations_receipt').on('inbound_registrations').columns(['receipt_number']).execute();

  await db.schema
    .createTable('shipment_receipts')
    .addColumn('receipt_version_number', 'text', (c) => c.primaryKey())
    .addColumn('receipt_number', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull())
    .addColumn('posting_status', 'text', (c) => c.notNull())
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('load_id', 'text', (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('receipt_date', big, (c) => c.notNull())
    .addColumn('packing_slip_id', 'text')
    .addColumn('packing_slip_date', big)
    .addColumn('header', 'text', (c) => c.notNull())
    .addColumn('change_seq', big, (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('posted_at', big)
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .addUniqueConstraint('shipment_receipts_number_version', ['receipt_number', 'version'])
    .execute();
  await db.schema.createIndex('shipment_receipts_feed').on('shipment_receipts').columns(['source_system_id', 'change_seq']).execute();
  await db.schema.createIndex('shipment_receipts_posting').on('shipment_receipts').columns(['posting_status', 'source_system_id']).execute();

  await withId(db.schema.createTable('shipment_receipt_lines'), caps)
    .addColumn('receipt_version_number', 'text', (c) => c.notNull().references('shipment_receipts.receipt_version_number').onDelete('cascade'))
    .addColumn('lot_id', big, (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('line_number', 'integer', (c) => c.notNull())
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addColumn('source_item_number', 'text', (c) => c.notNull())
    .addColumn('ordered_qty', big, (c) => c.notNull())
    .addColumn('ordered_unit', 'text', (c) => c.notNull())
    .addColumn('received_qty', big, (c) => c.notNull())
    .addColumn('remaining_qty', big, (c) => c.notNull())
    .addColumn('received_handling_qty', big, (c) => c.notNull())
    .addColumn('remaining_handling_qty', big, (c) => c.notNull())
    .addColumn('handling_unit', 'text', (c) => c.notNull())
    .addColumn('refs', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shipment_receipt_lines_receipt').on('shipment_receipt_lines').columns(['receipt_version_number']).execute();

  await withId(db.schema.createTable('shipment_receipt_dimensions'), caps)
    .addColumn('receipt_version_number', 'text', (c) => c.notNull().references('shipment_receipts.receipt_version_number').onDelete('cascade'))
    .addColumn('lot_id', big, (c) => c.notNull())
    .addColumn('site_id', 'text')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('license_plate_id', 'text')
    .addColumn('batch_number', 'text')
    .addColumn('serial_number', 'text')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('external_owner_id', 'text')
    .addColumn('inventory_status_id', 'text', (c) => c.notNull())
    .addColumn('source_item_number', 'text', (c) => c.notNull())
    .addColumn('handling_qty', big, (c) => c.notNull())
    .addColumn('handling_unit', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shipment_receipt_dimensions_receipt').on('shipment_receipt_dimensions').columns(['receipt_version_number']).execute();
}
