import type { Kysely } from 'kysely';

/**
 * Webhook secrets are sealed (AES-256-GCM) from now on; this names the key that sealed a row's secret
 * and previous secret. Rows written before have none: their secrets are still clear text, and Quayside
 * seals them when it starts (a migration has no key to seal with).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('webhook_subscriptions').addColumn('secret_key_id', 'text').execute();
}
