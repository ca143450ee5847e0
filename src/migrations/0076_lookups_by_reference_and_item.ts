import type { Kysely } from 'kysely';

/**
 * Lookups that read a whole table, found by the query plans of every statement the test suite runs
 * (docs/benchmarks.md, "Round of 2026-12-05 (evening)"); each grows with the warehouse's history:
 * - the ledger and the work filtered by a reference id alone (a load's or a shipment's movements and work)
 *   used only the second column of (reference_type, reference_id): the column order is turned round, which
 *   serves the type-and-ids lookups as before, at no extra write per ledger row;
 * - reversing receiving completed looked for a load's receipts among all receipts;
 * - an item's numbers in the source systems (a product message's new item, a return receipt's item number,
 *   a counting journal line's number) were looked for among all item mappings.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('inventory_transactions_reference').execute();
  await db.schema.createIndex('inventory_transactions_reference').on('inventory_transactions').columns(['reference_id', 'reference_type']).execute();
  await db.schema.dropIndex('work_headers_reference').execute();
  await db.schema.createIndex('work_headers_reference').on('work_headers').columns(['reference_id', 'reference_type']).execute();
  await db.schema.createIndex('shipment_receipts_load').on('shipment_receipts').column('load_id').execute();
  await db.schema.createIndex('source_system_items_item').on('source_system_items').columns(['item_number', 'source_system_id', 'external_item_number']).execute();
}
