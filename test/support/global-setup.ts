import type { TestProject } from 'vitest/node';
import { createDatabase } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrator.js';
import { createPgDatabase, databaseUrl, dropPgDatabase, dropPgDatabasesStartingWith, testDatabasePrefix, uniqueDatabaseName } from './pg-databases.js';

/**
 * Once per run on PostgreSQL: migrate a template database (and ANALYZE it, as migrating does), so that each
 * test file copies it instead of migrating a database of its own. One per run, so parallel runs on the same
 * server (other worktrees) do not share it.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.QUAYSIDE_TEST_DB !== 'postgres') return undefined;
  const template = uniqueDatabaseName('quayside_tpl');
  await createPgDatabase(template);
  const db = createDatabase({ url: databaseUrl(template), poolSize: 1 });
  try {
    await migrateToLatest(db);
  } finally {
    // A template cannot be copied while anyone is connected to it.
    await db.close();
  }
  project.provide('pgTemplate', template);
  return async () => {
    // The test files drop their databases without waiting; what a worker had not dropped when it ended goes here.
    await dropPgDatabasesStartingWith(`${testDatabasePrefix(template)}_`);
    await dropPgDatabase(template);
  };
}
