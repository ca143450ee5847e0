import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/**
 * A wave processed by hand is claimed while its shipments are allocated one transaction at a time
 * (issue 13: a wave of a thousand shipments in one transaction held SQLite, and every scan, for most of a
 * second). Until the claim runs out no other request processes the wave and no new shipment joins it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  await db.schema.alterTable('outbound_waves').addColumn('processing_until', caps.bigint).execute();
}
