import { randomBytes } from 'node:crypto';
import pg from 'pg';

// What the global setup hands the test files (types only: this file imports nothing from vitest).
declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated PostgreSQL database every test file's database is copied from (PostgreSQL runs only). */
    pgTemplate: string;
  }
}

/**
 * PostgreSQL test databases, without vitest imports so that vitest's global setup can use them too. Every
 * test file gets a database of its own, copied from one template that the global setup migrated once per run
 * (test/support/global-setup.ts): a copy takes a fraction of a second, twenty-odd migrations take seconds.
 */
export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The URL of another database on the same server as TEST_PG_URL. */
export function databaseUrl(database: string): string {
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** The prefix of the test databases copied from a run's template (quayside_tpl_x -> quayside_t_x). */
export function testDatabasePrefix(template: string | undefined): string {
  return template === undefined ? 'quayside_t' : template.replace(/^quayside_tpl_/, 'quayside_t_');
}

/** Drops every database whose name starts with the prefix, ending their sessions: a run's teardown. */
export async function dropPgDatabasesStartingWith(prefix: string): Promise<void> {
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [prefix]);
    for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`).catch(() => undefined);
  } finally {
    await admin.end();
  }
}

/** Runs statements on the server (CREATE and DROP DATABASE cannot run in a transaction or a pool's session). */
export async function onServer(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** PostgreSQL's "object in use": a database that still has sessions cannot be copied or dropped. */
function isInUse(error: unknown): boolean {
  return (error as { code?: unknown }).code === '55006';
}

/** Runs a statement again while the database it needs still has sessions, for up to five seconds. */
async function whenUnused(statement: string): Promise<boolean> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      await onServer(statement);
      return true;
    } catch (error) {
      if (!isInUse(error)) throw error;
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * A new database, a copy of the template when given (names are generated, never user input). A closed pool
 * does not wait for its server sessions to end, so the template's last sessions may linger for a moment.
 */
export async function createPgDatabase(name: string, template?: string): Promise<void> {
  const statement = `create database ${name}${template ? ` template ${template}` : ''}`;
  if (!(await whenUnused(statement))) throw new Error(`database ${String(template)} still has sessions: cannot copy it`);
}

/**
 * Drops a database once its sessions are gone. Terminating them at once (WITH (FORCE)) would make clients
 * that were just closed report an error; only sessions still there after a few seconds (a connection a
 * test never closed) are terminated.
 */
export async function dropPgDatabase(name: string): Promise<void> {
  if (!(await whenUnused(`drop database if exists ${name}`))) await onServer(`drop database if exists ${name} with (force)`);
}
