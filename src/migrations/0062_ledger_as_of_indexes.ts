import { sql, type Kysely } from 'kysely';

/**
 * On-hand as of an instant is computed backwards from the balances (inventory/db/as-of.ts): the rows not
 * finalized by then are found through finalized_at (unfinalized rows, NULL, are few: the open documents).
 * The drift explanation looks at status changes not yet reported; a partial index holds only those rows,
 * so it costs nothing on the receipts, moves and picks that make up the rest of the ledger.
 *
 * The ledger behind one on-hand figure (item, warehouse, location, ...) was found through the item and
 * warehouse alone, then filtered: every movement of the item in every location, a list that only grows.
 * With the location in the index it reads that figure's rows only; the index replaces the old one, so a
 * ledger insert still maintains as many indexes as before.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('inventory_transactions_finalized_at').on('inventory_transactions').columns(['finalized_at']).execute();
  await db.schema.createIndex('inventory_transactions_figure').on('inventory_transactions').columns(['item_number', 'warehouse_id', 'location_id', 'created_at']).execute();
  await db.schema.dropIndex('inventory_transactions_item').execute();
  await db.schema.createIndex('inventory_transactions_status_changes').on('inventory_transactions').columns(['id']).where(sql.ref('kind'), '=', 'StatusChange').execute();
}
