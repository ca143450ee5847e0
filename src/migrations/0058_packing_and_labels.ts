import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';
import { withId } from '../platform/db/migration-helpers.js';

/**
 * Packing into shipping containers, SSCC labels and label printers (ADR 0021): container types,
 * the warehouse's GS1 label settings, containers (license plates of a shipment) and what each holds,
 * label printers and their print jobs; and the weight of one inventory unit of an item, so that a
 * container's weight can be computed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema.alterTable('items').addColumn('unit_weight_grams', 'integer').execute();

  await db.schema
    .createTable('packing_container_types')
    .addColumn('container_type_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tare_weight_grams', 'integer', (c) => c.notNull())
    .addColumn('max_weight_grams', 'integer', (c) => c.notNull())
    .addColumn('length_mm', 'integer', (c) => c.notNull())
    .addColumn('width_mm', 'integer', (c) => c.notNull())
    .addColumn('height_mm', 'integer', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('packing_label_settings')
    .addColumn('warehouse_id', 'text', (c) => c.primaryKey().references('warehouses.warehouse_id'))
    .addColumn('gs1_company_prefix', 'text', (c) => c.notNull())
    .addColumn('extension_digit', 'integer', (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('packing_containers')
    .addColumn('container_id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('station_location_id', 'text', (c) => c.notNull())
    .addColumn('shipment_id', 'text', (c) => c.notNull())
    .addColumn('load_id', 'text', (c) => c.notNull())
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('container_type_id', 'text', (c) => c.notNull().references('packing_container_types.container_type_id'))
    .addColumn('parent_container_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('weight_grams', 'integer')
    .addColumn('weight_source', 'text')
    .addColumn('sscc', 'text', (c) => c.unique())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'text')
    .addColumn('opened_at', big, (c) => c.notNull())
    .addColumn('closed_at', big)
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('packing_containers_shipment').on('packing_containers').columns(['shipment_id']).execute();
  await db.schema.createIndex('packing_containers_load').on('packing_containers').columns(['load_id']).execute();

  await withId(db.schema.createTable('packing_container_lines'), caps)
    .addColumn('container_id', 'text', (c) => c.notNull().references('packing_containers.container_id'))
    .addColumn('load_line_id', big, (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('line_number', 'integer', (c) => c.notNull())
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addColumn('from_location_id', 'text', (c) => c.notNull())
    .addColumn('from_license_plate_id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('inventory_status_id', 'text', (c) => c.notNull())
    .addColumn('batch_number', 'text', (c) => c.notNull())
    .addColumn('serial_number', 'text', (c) => c.notNull())
    .addColumn('qty', big, (c) => c.notNull())
    .addColumn('operation_id', 'text', (c) => c.notNull())
    .addColumn('packed_by', 'text', (c) => c.notNull())
    .addColumn('packed_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('packing_container_lines_container').on('packing_container_lines').columns(['container_id']).execute();

  await db.schema
    .createTable('label_printers')
    .addColumn('printer_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('port', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('label_print_jobs'), caps)
    .addColumn('printer_id', 'text', (c) => c.notNull().references('label_printers.printer_id'))
    .addColumn('container_id', 'text', (c) => c.notNull().references('packing_containers.container_id'))
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', big, (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('sent_at', big)
    .execute();
  // The sender finds due jobs by status and time; the screen lists a printer's jobs, newest first.
  await db.schema.createIndex('label_print_jobs_due').on('label_print_jobs').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('label_print_jobs_printer').on('label_print_jobs').columns(['printer_id', 'id']).execute();
}
