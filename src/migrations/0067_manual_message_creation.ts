import type { Kysely } from 'kysely';

/**
 * Per source system, whether people may create shipment order messages by hand (reference section 4:
 * "Enable manual inbound / outbound shipment order message creation", meant for testing). Off, as in
 * D365: a message typed at the desk becomes an order as surely as one from the ERP. Editing a failed
 * message stays allowed (it corrects what the ERP sent).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('source_systems').addColumn('manual_inbound_messages', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('source_systems').addColumn('manual_outbound_messages', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}
