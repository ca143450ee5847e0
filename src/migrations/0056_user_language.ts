import type { Kysely } from 'kysely';

/**
 * users.language: the language a person chose for the web UI ('en', 'de'), kept on the server so it follows
 * them to any device. Null until they choose: the browser's language applies then.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('language', 'varchar(8)').execute();
}
