import type { DialectCaps, Executor } from '../../../platform/db/database.js';
import type { WorkHeadersTable } from './tables.js';
import { readHeader, readHeaderForUpdate } from './work-statements.js';

/**
 * Reads a work header and holds its row until the transaction ends (SQLite's write transactions are
 * already one at a time). Takes, confirmations and short picks of one piece of work so run one after
 * another and each sees what the one before did: a second scan of a line finds it handled and gets a
 * clear answer instead of failing halfway on a row the first one changed.
 */
export async function lockWork(trx: Executor, caps: DialectCaps, workId: string): Promise<WorkHeadersTable | undefined> {
  const { rows } = await (caps.skipLocked ? readHeaderForUpdate : readHeader)(trx, { workId });
  return rows[0];
}
