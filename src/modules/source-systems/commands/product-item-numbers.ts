import type { Executor } from '../../../platform/db/database.js';

export type ProductItemNumber = { itemNumber: string; isNew: boolean } | { problem: string };

/**
 * Quayside's item number for a source system's product message: the item its item number is mapped to,
 * else the same number (item number policy "external item number"). An existing item that another
 * source system has mapped is never taken over: two ERPs may not write one item's master data.
 */
export async function productItemNumber(db: Executor, sourceSystemId: string, externalItemNumber: string): Promise<ProductItemNumber> {
  const mapped = await db
    .selectFrom('source_system_items')
    .select('item_number')
    .where('source_system_id', '=', sourceSystemId)
    .where('external_item_number', '=', externalItemNumber)
    .executeTakeFirst();
  if (mapped) return { itemNumber: mapped.item_number, isNew: false };
  const other = await db
    .selectFrom('source_system_items')
    .select('source_system_id')
    .where('item_number', '=', externalItemNumber)
    .where('source_system_id', '<>', sourceSystemId)
    .executeTakeFirst();
  if (other) return { problem: `Item '${externalItemNumber}' belongs to another source system; map this source system's item number to an item of its own` };
  return { itemNumber: externalItemNumber, isNew: true };
}

/** Maps the source system's item number to the item a product message created (kept when it exists). */
export async function mapProductItem(db: Executor, sourceSystemId: string, externalItemNumber: string, itemNumber: string): Promise<void> {
  await db
    .insertInto('source_system_items')
    .values({ source_system_id: sourceSystemId, external_item_number: externalItemNumber, item_number: itemNumber })
    .onConflict((oc) => oc.columns(['source_system_id', 'external_item_number']).doNothing())
    .execute();
}
