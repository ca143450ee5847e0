import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';
import { withId } from '../platform/db/migration-helpers.js';

const DIMENSIONS = ['item_number', 'warehouse_id', 'location_id', 'license_plate_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number'];

/** Outbound execution: reservations per order line, shipments, loads, waves, picks and packing slips. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;

  // Keyed by the source order (not the internal line id) so that reservation at import can be planned
  // before the order row is written.
  let reservations = withId(db.schema.createTable('outbound_reservations'), caps)
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('source_order_number', 'text', (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('line_number', 'integer', (c) => c.notNull());
  for (const d of DIMENSIONS) reservations = reservations.addColumn(d, 'text', (c) => c.notNull());
  await reservations
    .addColumn('qty', big, (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbound_reservations_line').on('outbound_reservations').columns(['order_number', 'line_number']).execute();
  await db.schema.createIndex('outbound_reservations_source').on('outbound_reservations').columns(['source_system_id', 'source_order_number']).execute();

  await db.schema
    .createTable('outbound_batch_dates')
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addColumn('batch_number', 'text', (c) => c.notNull())
    .addColumn('expiry_date', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('outbound_batch_dates_pk', ['item_number', 'batch_number'])
    .execute();

  await db.schema
    .createTable('outbound_loads')
    .addColumn('load_id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('carrier_id', 'text')
    .addColumn('delivery_mode_code', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('shipped_at', big)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbound_loads_status').on('outbound_loads').columns(['status', 'warehouse_id']).execute();

  await db.schema
    .createTable('outbound_shipments')
    .addColumn('shipment_id', 'text', (c) => c.primaryKey())
    .addColumn('load_id', 'text', (c) => c.notNull().references('outbound_loads.load_id'))
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('consolidation_key', 'text', (c) => c.notNull())
    .addColumn('parties', 'text', (c) => c.notNull())
    .addColumn('carrier_id', 'text')
    .addColumn('carrier_service_id', 'text')
    .addColumn('delivery_mode_code', 'text')
    .addColumn('delivery_terms_code', 'text')
    .addColumn('wave_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbound_shipments_load').on('outbound_shipments').columns(['load_id']).execute();
  await db.schema.createIndex('outbound_shipments_wave').on('outbound_shipments').columns(['wave_id']).execute();

  await withId(db.schema.createTable('outbound_load_lines'), caps)
    .addColumn('load_id', 'text', (c) => c.notNull().references('outbound_loads.load_id'))
    .addColumn('shipment_id', 'text', (c) => c.notNull().references('outbound_shipments.shipment_id'))
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('line_number', 'integer', (c) => c.notNull())
    .addColumn('order_line_id', big, (c) => c.notNull())
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addColumn('qty', big, (c) => c.notNull())
    .addColumn('work_created_qty', big, (c) => c.notNull().defaultTo(0))
    .addColumn('picked_qty', big, (c) => c.notNull().defaultTo(0))
    .addColumn('shipped_qty', big, (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbound_load_lines_load').on('outbound_load_lines').columns(['load_id']).execute();
  await db.schema.createIndex('outbound_load_lines_order').on('outbound_load_lines').columns(['order_number', 'line_number']).execute();

  await db.schema
    .createTable('outbound_wave_templates')
    .addColumn('template_id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('source_system_id', 'text')
    .addColumn('carrier_id', 'text')
    .addColumn('delivery_mode_code', 'text')
    .addColumn('process_at', 'text', (c) => c.notNull())
    .addColumn('threshold_shipments', 'integer')
    .addColumn('put_location_id', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('outbound_waves')
    .addColumn('wave_id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('executed_at', big)
    .execute();
  await db.schema.createIndex('outbound_waves_open').on('outbound_waves').columns(['template_id', 'status']).execute();

  await withId(db.schema.createTable('outbound_wave_shortages'), caps)
    .addColumn('wave_id', 'text', (c) => c.notNull())
    .addColumn('load_line_id', big, (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('line_number', 'integer', (c) => c.notNull())
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addColumn('short_qty', big, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbound_wave_shortages_wave').on('outbound_wave_shortages').columns(['wave_id']).execute();

  // What was picked for which load line, with every dimension: the source of packing slip dimension lines.
  let picks = withId(db.schema.createTable('outbound_picks'), caps)
    .addColumn('load_line_id', big, (c) => c.notNull())
    .addColumn('load_id', 'text', (c) => c.notNull())
    .addColumn('work_id', 'text');
  for (const d of DIMENSIONS) picks = picks.addColumn(d, 'text', (c) => c.notNull());
  await picks
    .addColumn('qty', big, (c) => c.notNull())
    .addColumn('operation_id', 'text', (c) => c.notNull())
    .addColumn('picked_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbound_picks_load').on('outbound_picks').columns(['load_id']).execute();

  await withId(db.schema.createTable('outbound_packing_slips'), caps)
    .addColumn('packing_slip_number', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('version_number', 'text', (c) => c.notNull().unique())
    .addColumn('is_active', 'integer', (c) => c.notNull())
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('load_id', 'text', (c) => c.notNull())
    .addColumn('shipment_id', 'text', (c) => c.notNull())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('posting_status', 'text', (c) => c.notNull())
    .addColumn('document_date', big, (c) => c.notNull())
    .addColumn('post_after', big, (c) => c.notNull())
    .addColumn('posted_at', big)
    .addColumn('reversed_at', big)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('header', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbound_packing_slips_posting').on('outbound_packing_slips').columns(['source_system_id', 'posting_status', 'post_after']).execute();
  await db.schema.createIndex('outbound_packing_slips_changes').on('outbound_packing_slips').columns(['source_system_id', 'updated_at']).execute();

  await withId(db.schema.createTable('outbound_packing_slip_lines'), caps)
    .addColumn('packing_slip_id', big, (c) => c.notNull().references('outbound_packing_slips.id'))
    .addColumn('load_line_id', big, (c) => c.notNull())
    .addColumn('order_line_id', big, (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('source_order_number', 'text', (c) => c.notNull())
    .addColumn('line_number', 'integer', (c) => c.notNull())
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addColumn('source_item_number', 'text', (c) => c.notNull())
    .addColumn('ordered_qty', big, (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('shipped_qty', big, (c) => c.notNull())
    .addColumn('remaining_qty', big, (c) => c.notNull())
    .addColumn('inventory_unit', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbound_packing_slip_lines_slip').on('outbound_packing_slip_lines').columns(['packing_slip_id']).execute();

  await withId(db.schema.createTable('outbound_packing_slip_dimensions'), caps)
    .addColumn('packing_slip_id', big, (c) => c.notNull().references('outbound_packing_slips.id'))
    .addColumn('packing_slip_line_id', big, (c) => c.notNull().references('outbound_packing_slip_lines.id'))
    .addColumn('location_id', 'text', (c) => c.notNull())
    .addColumn('license_plate_id', 'text', (c) => c.notNull())
    .addColumn('batch_number', 'text', (c) => c.notNull())
    .addColumn('serial_number', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('source_owner_id', 'text')
    .addColumn('inventory_status_id', 'text', (c) => c.notNull())
    .addColumn('qty', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbound_packing_slip_dimensions_slip').on('outbound_packing_slip_dimensions').columns(['packing_slip_id']).execute();

  await db.schema
    .createTable('outbound_notifications')
    .addColumn('notification_number', 'text', (c) => c.primaryKey())
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('wave_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();
  await withId(db.schema.createTable('outbound_notification_lines'), caps)
    .addColumn('notification_number', 'text', (c) => c.notNull().references('outbound_notifications.notification_number'))
    .addColumn('shipment_id', 'text', (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('line_number', 'integer', (c) => c.notNull())
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addColumn('work_created_qty', big, (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .execute();
}
