import { sql, type Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/**
 * credential_generation: one row (id 1) whose number goes up whenever a change could end or narrow what a
 * credential may do: an API key revoked, deleted or given another role or source system; a session
 * revoked or deleted; a user renamed, disabled, deleted, given another role or password, or asked to
 * change their password. Each process caches who a key or session is and reads this number per request
 * (ADR 0019): a cached answer is used only while the number is the one it was looked up under.
 *
 * Triggers count the changes, so no code path (nor an operator's SQL) can forget to. They fire on the
 * columns named only: renewing a session's last use or counting failed sign-ins does not count.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  await db.schema
    .createTable('credential_generation')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('generation', caps.bigint, (c) => c.notNull())
    .execute();
  await sql`insert into credential_generation (id, generation) values (1, 0)`.execute(db);

  const watched: Array<[table: string, columns: string]> = [
    ['api_keys', 'key_hash, kind, role, source_system_id, revoked_at'],
    ['user_sessions', 'token_hash, user_id, expires_at, revoked_at'],
    ['users', 'username, role, disabled, password_hash, must_change_password'],
  ];
  if (caps.name === 'postgres') {
    await sql`create function bump_credential_generation() returns trigger language plpgsql as $$
      begin
        update credential_generation set generation = generation + 1 where id = 1;
        return null;
      end $$`.execute(db);
    for (const [table, columns] of watched) {
      // Once per statement: disabling a user and ending all their sessions counts as one change each.
      await sql
        .raw(`create trigger ${table}_credential_generation after update of ${columns} or delete on ${table} for each statement execute function bump_credential_generation()`)
        .execute(db);
    }
    return;
  }
  const bump = 'update credential_generation set generation = generation + 1 where id = 1;';
  for (const [table, columns] of watched) {
    await sql.raw(`create trigger ${table}_credential_generation_update after update of ${columns} on ${table} begin ${bump} end`).execute(db);
    await sql.raw(`create trigger ${table}_credential_generation_delete after delete on ${table} begin ${bump} end`).execute(db);
  }
}
