import type { Kysely } from 'kysely';

/** Release looks for an open shipment to consolidate into by source system and key, once per order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('outbound_shipments_consolidation').on('outbound_shipments').columns(['source_system_id', 'consolidation_key']).execute();
}
