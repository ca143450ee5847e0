import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/**
 * Unannounced returns (issue 15, reference 3.8): a source system's disposition codes say what a returned
 * line becomes (its inventory status, and a fixed location for quarantine or scrap); a return is received
 * as an inbound shipment order of type Return, its registrations and receipt dimensions carry the code.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema
    .createTable('return_disposition_codes')
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('disposition_code', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('inventory_status_id', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text')
    .addColumn('updated_at', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('return_disposition_codes_pk', ['source_system_id', 'disposition_code'])
    .execute();
  await db.schema
    .createTable('returns')
    .addColumn('return_number', 'text', (c) => c.primaryKey())
    .addColumn('source_system_id', 'text', (c) => c.notNull())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('inbound_order_number', 'text', (c) => c.notNull())
    .addColumn('packing_slip_number', 'text')
    .addColumn('outbound_order_number', 'text')
    .addColumn('worker', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('returns_packing_slip').on('returns').column('packing_slip_number').execute();
  await db.schema.createIndex('returns_outbound_order').on('returns').column('outbound_order_number').execute();
  await db.schema
    .createTable('return_lines')
    .addColumn('return_number', 'text', (c) => c.notNull())
    .addColumn('line_number', 'integer', (c) => c.notNull())
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addColumn('qty', big, (c) => c.notNull())
    .addColumn('disposition_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('return_lines_pk', ['return_number', 'line_number'])
    .execute();
  await db.schema.alterTable('inbound_registrations').addColumn('disposition_code', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('shipment_receipt_dimensions').addColumn('disposition_code', 'text', (c) => c.notNull().defaultTo('')).execute();
}
