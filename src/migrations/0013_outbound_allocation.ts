import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/** Reservations allocated to pick work: which load line and which work line they serve. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  await db.schema.alterTable('outbound_reservations').addColumn('load_line_id', caps.bigint).execute();
  await db.schema.alterTable('outbound_reservations').addColumn('work_id', 'text').execute();
  await db.schema.alterTable('outbound_reservations').addColumn('work_line_number', 'integer').execute();
  await db.schema.createIndex('outbound_reservations_work').on('outbound_reservations').columns(['work_id', 'work_line_number']).execute();
}
