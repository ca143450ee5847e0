import type { Kysely } from 'kysely';

/**
 * Ship confirm and the wave's allocation look rows up by these columns, one shipment or load line at a
 * time; without an index each lookup read the whole table, so their cost grew with every order shipped.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('outbound_load_lines_shipment').on('outbound_load_lines').columns(['shipment_id']).execute();
  await db.schema.createIndex('outbound_packing_slips_shipment').on('outbound_packing_slips').columns(['shipment_id']).execute();
  await db.schema.createIndex('outbound_packing_slip_lines_order_line').on('outbound_packing_slip_lines').columns(['order_line_id']).execute();
  await db.schema.createIndex('outbound_picks_load_line').on('outbound_picks').columns(['load_line_id']).execute();
}
