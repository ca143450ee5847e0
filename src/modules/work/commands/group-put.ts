import type { Selectable } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { readLines } from '../db/work-statements.js';
import type { WorkHeadersTable, WorkLinesTable } from '../db/tables.js';
import { currentWork, type WorkView } from '../db/work-views.js';
import { WorkErrors } from '../errors.js';
import { lockedHeaderToWorkOn, moveLine, saveLinesProgress } from './execute-work.js';
import type { WorkHooks } from './work-hooks.js';
import { runOperation } from '../../../platform/command.js';

export interface PutAllInput {
  workId: string;
  workerId: string;
  operationId: string;
  /** Another location than the put lines suggest (needs a reason). */
  locationId?: string | undefined;
  reason?: string | undefined;
}

/**
 * Every put line of held work that has picked stock to put, confirmed at once (each its own ledger
 * transfer, one operation): the one put of pick-pick-put. Answers the work as it now is.
 */
export async function putAllLocked(trx: Executor, now: number, header: WorkHeadersTable, input: PutAllInput, hooks: WorkHooks, options: { nothingIsFine?: boolean } = {}): Promise<WorkView | undefined> {
  const { rows } = await readLines(trx, { workId: header.work_id });
  const lines: Array<Selectable<WorkLinesTable>> = [...rows];
  let moved = 0;
  for (const [i, put] of lines.entries()) {
    if (put.line_type !== 'Put' || put.status !== 'Open') continue;
    const pick = lines.find((l) => l.line_number === put.pick_line_number);
    const carried = pick ? pick.handled_qty - put.handled_qty : 0;
    if (carried <= 0) continue;
    const updated = await moveLine(trx, now, header, lines, { workId: header.work_id, lineNumber: put.line_number, workerId: input.workerId, operationId: input.operationId, qty: carried, ...(input.locationId === undefined ? {} : { locationId: input.locationId }), ...(input.reason === undefined ? {} : { reason: input.reason }) }, hooks);
    lines[i] = updated;
    moved += 1;
  }
  if (moved === 0 && options.nothingIsFine === true) return undefined;
  if (moved === 0) {
    throw new DomainError(WorkErrors.lineOrder, `Work '${header.work_id}' has nothing picked to put`, [{ field: 'workId', reason: 'no picked stock waits to be put', value: header.work_id }]);
  }
  return saveLinesProgress(trx, now, header, lines, input.workerId);
}

/** The one put of pick-pick-put: everything picked so far goes to the put location in one step. */
export async function putAll(ctx: AppContext, input: PutAllInput, hooks: WorkHooks): Promise<WorkView> {
  const { result } = await runOperation(ctx, { operationId: input.operationId, scope: `work.put-all:${input.workId}` }, async ({ trx, now }) => {
    const header = await lockedHeaderToWorkOn(trx, ctx.db.caps, input.workId, input.workerId);
    return putAllLocked(trx, now, header, input, hooks) as Promise<WorkView>;
  }, { replay: currentWork(input.workId) });
  return result;
}
