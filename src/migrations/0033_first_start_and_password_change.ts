import { sql, type Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/**
 * - users.must_change_password: a password someone else chose (an admin, the command line, the first start)
 *   has to be replaced by its user at the first sign-in.
 * - first_start: one row, written by the one start that found a new database and created the first admin
 *   credentials. A database that already has users or API keys has had its first start, so it gets the row
 *   now: revoking every admin key later must never make a restart mint a new one.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  await db.schema.alterTable('users').addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createTable('first_start')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('claimed_at', caps.bigint, (c) => c.notNull())
    .execute();
  await sql`insert into first_start (id, claimed_at)
    select 1, ${Date.now()} where exists (select 1 from users) or exists (select 1 from api_keys)`.execute(db);
}
