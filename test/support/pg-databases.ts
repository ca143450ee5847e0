import { randomBytes } from 'node:crypto';
import pg from 'pg';

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

/** A new database, a copy of the template when given (names are generated, never user input). */
export async function createPgDatabase(name: string, template?: string): Promise<void> {
  await onServer(`create database ${name}${template ? ` template ${template}` : ''}`);
}

/** Drops a database, closing connections a test left open. */
export async function dropPgDatabase(name: string): Promise<void> {
  await onServer(`drop database if exists ${name} with (force)`);
}
