import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';

/*
 * The generic record commands name tables and columns at run time from the resource specs, which
 * Kysely's static table types cannot follow. This file is the one place where that typing is let go;
 * the specs are checked by the tests of every resource instead.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type AnyQuery = SelectQueryBuilder<any, any, any>;

export function dynamic(db: Executor): AnyDb {
  return db;
}
