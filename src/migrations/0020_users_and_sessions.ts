import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';
import { withId } from '../platform/db/migration-helpers.js';

/** People who sign in to the web UI with a password, and their sessions (only a hash of each token is kept). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await withId(db.schema.createTable('users'), caps)
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_sign_ins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', big)
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('user_sessions'), caps)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', big, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('last_used_at', big, (c) => c.notNull())
    .addColumn('expires_at', big, (c) => c.notNull())
    .addColumn('revoked_at', big)
    .execute();
  await db.schema.createIndex('user_sessions_by_user').on('user_sessions').columns(['user_id']).execute();
}
