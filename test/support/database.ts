import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDatabase, type Database } from '../../src/platform/db/database.js';
import { createPgDatabase, databaseUrl, dropPgDatabase, TEST_PG_URL, testDatabasePrefix, uniqueDatabaseName } from './pg-databases.js';

/**
 * Every integration test runs on the database chosen by QUAYSIDE_TEST_DB: SQLite (default) or
 * PostgreSQL (`postgres`), where each test database is a database of its own, copied from the template the
 * global setup migrated, and dropped afterwards.
 */
export const TEST_DB_KIND = process.env.QUAYSIDE_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
export { TEST_PG_URL };

export interface TestDatabase {
  db: Database;
  /** A second, independent connection to the same database (concurrency tests). */
  connectAgain(): Database;
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** SQLite: a file instead of memory (several connections). */
  file?: boolean;
  /** An unmigrated database, for tests that run the migrations themselves (upgrades from an older schema). */
  empty?: boolean;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (TEST_DB_KIND === 'postgres') {
    const template = inject('pgTemplate');
    // Named after the run's template, so that the run's teardown finds the copies it has not dropped yet.
    const name = uniqueDatabaseName(`${testDatabasePrefix(template)}_`);
    // Without the global setup (a differently configured run) the database starts empty and the app migrates it.
    await createPgDatabase(name, options.empty ? undefined : template);
    const opened: Database[] = [];
    const connect = () => {
      const db = createDatabase({ url: databaseUrl(name), poolSize: 8 });
      opened.push(db);
      return db;
    };
    return {
      db: connect(),
      connectAgain: connect,
      drop: async () => {
        // Closing is idempotent; a pool still open when its database goes would report the lost connections.
        await Promise.all(opened.map((db) => db.close()));
        // A drop takes PostgreSQL most of a second (it removes the files); the file goes on meanwhile, and
        // the run's teardown drops whatever is left when the worker ends first. A run without that
        // teardown (the browser tests) waits for its drop.
        if (template === undefined) await dropPgDatabase(name);
        else void dropPgDatabase(name).catch(() => undefined);
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
