import { sql, type Kysely } from 'kysely';

/**
 * Release looks for the open shipment an order consolidates into. The index held every shipment ever
 * released to a receiver, so with a store supplied daily the lookup read its whole shipping history
 * (83 µs a lookup with 1,000 shipped shipments to one receiver, growing with them; 4.6 µs with this index). Only open shipments are looked for.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbound_shipments_consolidation').execute();
  await db.schema
    .createIndex('outbound_shipments_open_by_consolidation')
    .on('outbound_shipments')
    .columns(['source_system_id', 'consolidation_key'])
    .where(sql.ref('status'), '=', sql.lit('Open'))
    .execute();
}
