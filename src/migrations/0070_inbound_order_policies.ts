import type { Kysely } from 'kysely';

/**
 * Inbound shipment order policies per order type and account (reference section 4: the source system's
 * "Inbound shipment order policies" grid): load synchronization and delivery policy for the orders of one
 * type and/or one consigner account, instead of one setting for every order of the source system.
 * '' stands for "any" (a catch-all row).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('source_system_inbound_order_policies')
    .addColumn('source_system_id', 'text', (c) => c.notNull().references('source_systems.source_system_id').onDelete('cascade'))
    .addColumn('order_type', 'text', (c) => c.notNull())
    .addColumn('account_number', 'text', (c) => c.notNull())
    .addColumn('load_sync_policy', 'text', (c) => c.notNull())
    .addColumn('delivery_policy', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('source_system_inbound_order_policies_pk', ['source_system_id', 'order_type', 'account_number'])
    .execute();
}
