import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/** Short-lived bearer tokens of the OAuth 2.0 client-credentials grant, each standing for an API key (ADR 0020). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema
    .createTable('access_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('api_key_id', big, (c) => c.notNull().references('api_keys.id').onDelete('cascade'))
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('expires_at', big, (c) => c.notNull())
    .execute();
  // Removing expired tokens finds them by time.
  await db.schema.createIndex('access_tokens_by_expiry').on('access_tokens').columns(['expires_at']).execute();
}
