import { sql, type Selectable } from 'kysely';
import { preparedQuery } from '../../../platform/db/prepared-query.js';
import type { WorkHeadersTable, WorkLinesTable } from './tables.js';

/*
 * The statements of every take and confirmation, built and compiled once (see preparedQuery): a picker's
 * scan runs them each time.
 */

const header = (forUpdate: boolean) =>
  preparedQuery<{ workId: string }, WorkHeadersTable>(['workId'], (db, v) => {
    const query = db.selectFrom('work_headers').selectAll().where('work_id', '=', v.workId);
    return forUpdate ? query.forUpdate() : query;
  });
export const readHeader = header(false);
export const readHeaderForUpdate = header(true);

export const readLines = preparedQuery<{ workId: string }, Selectable<WorkLinesTable>>(['workId'], (db, v) =>
  db.selectFrom('work_lines').selectAll().where('work_id', '=', v.workId).orderBy('line_number'),
);

/** Compare-and-set on the version: the progress columns a take or confirmation changes. */
export const saveProgress = preparedQuery<
  { workId: string; version: number; nextVersion: number; status: string; assignedWorker: string | null; startedAt: number | null; closedAt: number | null; now: number },
  WorkHeadersTable
>(['workId', 'version', 'nextVersion', 'status', 'assignedWorker', 'startedAt', 'closedAt', 'now'], (db, v) =>
  db
    .updateTable('work_headers')
    .set({ status: v.status, assigned_worker: v.assignedWorker, started_at: v.startedAt, closed_at: v.closedAt, version: v.nextVersion, updated_at: v.now })
    .where('work_id', '=', v.workId)
    .where('version', '=', v.version)
    .returningAll(),
);

/** A line handled by `qty` more, unless that would handle more than the line holds. */
export const handleLine = preparedQuery<{ id: number; qty: number; workerId: string; now: number }, Selectable<WorkLinesTable>>(['id', 'qty', 'workerId', 'now'], (db, v) =>
  db
    .updateTable('work_lines')
    .set({
      handled_qty: sql`handled_qty + ${v.qty}`,
      status: sql`case when handled_qty + ${v.qty} >= qty then 'Closed' else 'Open' end`,
      handled_by: v.workerId,
      handled_at: v.now,
    })
    .where('id', '=', v.id)
    .where(sql<boolean>`handled_qty + ${v.qty} <= qty`)
    .returningAll(),
);
