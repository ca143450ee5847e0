import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export interface OldStretch {
  /** The last id of the stretch: the rows to look at have ids in (after, to]. */
  to: number;
  /** Whether rows after `to` may be old too. */
  more: boolean;
}

/**
 * The next stretch of old rows of a table whose ids grow with the time in `timeColumn` (set when the row
 * is inserted): up to `limit` rows after `after` by primary key, cut at the first row that is not older
 * than `cutoff`. Walking the primary key this way finds old rows without an index on the time, and stops
 * at the first recent row instead of reading the whole table.
 *
 * Ids and times may disagree by a few milliseconds on PostgreSQL (ids are handed out before commit):
 * harmless here, since each task checks the time of every row it removes again, and a row skipped now
 * is found at a later run.
 */
export async function oldStretch(db: Executor, table: string, timeColumn: string, cutoff: number, after: number, limit: number): Promise<OldStretch | null> {
  const { rows } = await sql<{ id: number; at: number }>`select id, ${sql.ref(timeColumn)} as at from ${sql.table(table)} where id > ${after} order by id limit ${limit}`.execute(db);
  let old = 0;
  while (old < rows.length && Number(rows[old]?.at) < cutoff) old++;
  if (old === 0) return null;
  return { to: Number(rows[old - 1]?.id), more: old === rows.length && rows.length === limit };
}
