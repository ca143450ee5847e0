import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/**
 * Product master messages (issue 15): an item may be a product master whose variants (colour, size, style,
 * configuration) are items of their own. Stock, order lines and documents keep naming one item number,
 * so the ledger is unchanged; the variant's product dimensions are read from its item row. Items may have
 * several bar codes (GTINs per unit) besides the one scanned by default.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema.alterTable('items').addColumn('product_subtype', 'text', (c) => c.notNull().defaultTo('Product')).execute();
  await db.schema.alterTable('items').addColumn('product_master_number', 'text').execute();
  for (const column of ['color_id', 'size_id', 'style_id', 'configuration_id', 'description']) {
    await db.schema.alterTable('items').addColumn(column, 'text').execute();
  }
  await db.schema.createIndex('items_product_master').on('items').column('product_master_number').execute();
  await db.schema
    .createTable('item_barcodes')
    .addColumn('barcode', 'text', (c) => c.primaryKey())
    .addColumn('item_number', 'text', (c) => c.notNull())
    .addColumn('barcode_setup_id', 'text')
    .addColumn('unit_symbol', 'text')
    .addColumn('quantity', big)
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('item_barcodes_item').on('item_barcodes').column('item_number').execute();
}
