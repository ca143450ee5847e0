import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/** How a webhook subscription's deliveries are shaped: Quayside's own envelope, or D365's business event envelope. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, _caps: DialectCaps): Promise<void> {
  await db.schema.alterTable('webhook_subscriptions').addColumn('payload_format', 'text', (c) => c.notNull().defaultTo('Quayside')).execute();
}
