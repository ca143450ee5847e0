import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/**
 * A shipment receipt is made per load shipment (reference 1.5), not per load and order alone: the ASN's
 * shipment it arrived on, and what that shipment says the ERP needs on the receipt header (its document
 * date, delivery terms and carrier). Receipts made before this have none (null).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  await db.schema.alterTable('shipment_receipts').addColumn('shipment_id', 'text').execute();
  await db.schema.alterTable('shipment_receipts').addColumn('document_date', caps.bigint).execute();
  await db.schema.alterTable('shipment_receipts').addColumn('delivery_terms_code', 'text').execute();
  await db.schema.alterTable('shipment_receipts').addColumn('shipping_carrier_id', 'text').execute();
  await db.schema.alterTable('shipment_receipts').addColumn('shipping_carrier_service_id', 'text').execute();
}
