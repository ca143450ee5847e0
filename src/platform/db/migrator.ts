import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import { migrations } from '../../migrations/index.js';
import type { Database, DialectCaps } from './database.js';

class StaticProvider implements MigrationProvider {
  constructor(private readonly caps: DialectCaps) {}
  getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, m] of Object.entries(migrations)) out[name] = { up: (db) => m.up(db, this.caps) };
    return Promise.resolve(out);
  }
}

function migrator(db: Database): Migrator {
  // Kysely looks for its migration tables in every schema unless told which one: a test schema would
  // then skip creating them because another schema (a parallel test file) already has them.
  return new Migrator({ db: db.kysely, provider: new StaticProvider(db.caps), ...(db.schema ? { migrationTableSchema: db.schema } : {}) });
}

/**
 * Kysely's PostgreSQL introspection checks the privileges of every schema in the database, so a schema
 * that someone else drops at that moment (another test file, another tenant's clean-up) fails it with
 * "schema ... does not exist" although ours is fine. Nothing was migrated then, so trying again is safe.
 */
function isOtherSchemaVanished(db: Database, error: unknown): boolean {
  if (db.caps.name !== 'postgres' || !(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return code === '3F000' && !(db.schema !== undefined && error.message.includes(`"${db.schema}"`));
}

export async function migrateToLatest(db: Database): Promise<string[]> {
  let { error, results } = await migrator(db).migrateToLatest();
  for (let attempt = 1; attempt < 5 && isOtherSchemaVanished(db, error); attempt++) {
    ({ error, results } = await migrator(db).migrateToLatest());
  }
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  // PostgreSQL plans foreign-key checks per connection from table statistics; fresh statistics avoid
  // whole-table scans once the tables fill up.
  if (applied.length > 0 && db.caps.name === 'postgres') await sql`analyze`.execute(db.kysely);
  return applied;
}

export async function pendingMigrations(db: Database): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
