import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/** API keys may carry an end: from then on the key is refused like an unknown one. Existing keys keep none. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  await db.schema.alterTable('api_keys').addColumn('expires_at', caps.bigint).execute();
}
