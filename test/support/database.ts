import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type Database } from '../../src/platform/db/database.js';

/**
 * Every integration test runs on the database chosen by QUAYSIDE_TEST_DB: SQLite (default) or
 * PostgreSQL (`postgres`), where each test database is a fresh schema dropped afterwards.
 */
export const TEST_DB_KIND = process.env.QUAYSIDE_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  db: Database;
  /** A second, independent connection to the same database (concurrency tests). */
  connectAgain(): Database;
  drop(): Promise<void>;
}

export async function createTestDatabase(options: { file?: boolean } = {}): Promise<TestDatabase> {
  if (TEST_DB_KIND === 'postgres') {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const connect = () => createDatabase({ url: TEST_PG_URL, schema, poolSize: 8 });
    return {
      db: connect(),
      connectAgain: connect,
      drop: async () => {
        const c = new pg.Client({ connectionString: TEST_PG_URL });
        await c.connect();
        await c.query(`drop schema ${schema} cascade`);
        await c.end();
      },
    };
  }
  const path = options.file ? `/tmp/quayside-test-${randomBytes(6).toString('hex')}.db` : ':memory:';
  return {
    db: createDatabase({ url: `sqlite:${path}` }),
    connectAgain: () => {
      if (!options.file) throw new Error('connectAgain needs createTestDatabase({ file: true }) on SQLite');
      return createDatabase({ url: `sqlite:${path}` });
    },
    drop: () => Promise.resolve(),
  };
}
