import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import type { DialectCaps, Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { ledgerEntries, recordTransactions, type Dimensions } from '../../inventory/index.js';
import { lockWork } from '../db/lock-work.js';
import { handleLine, readLines, saveProgress } from '../db/work-statements.js';
import { currentWork, findWork, workHeaderView, workLineView, type WorkView } from '../db/work-views.js';
import type { Selectable } from 'kysely';
import type { WorkHeadersTable, WorkLinesTable } from '../db/tables.js';
import { mayMove, statusAfterLines, type WorkStatus } from '../domain/work-status.js';
import { WorkErrors } from '../errors.js';
import type { WorkHooks } from './work-hooks.js';
import { runCommand, runOperation } from '../../../platform/command.js';

/** Where picked stock is while a worker carries it: one location per worker, like a forklift. */
export const userLocation = (workerId: string) => `user:${workerId}`;

async function lockedHeader(trx: Executor, caps: DialectCaps, workId: string): Promise<WorkHeadersTable> {
  const header = await lockWork(trx, caps, workId);
  if (!header) throw new DomainError(WorkErrors.workNotFound, `Work '${workId}' does not exist`);
  return header;
}

function requireActive(header: WorkHeadersTable, action: string): void {
  if (header.status !== 'Open' && header.status !== 'InProcess') {
    throw new DomainError(WorkErrors.invalidStatus, `Work '${header.work_id}' is ${header.status}; cannot ${action}`, [{ field: 'status', reason: `work is ${header.status}`, value: header.status }]);
  }
}

/** Pick work whose pick face is being replenished waits: a picker must never arrive at an empty face. */
function requireNotWaiting(header: WorkHeadersTable): void {
  if (header.waits_for_work_id !== null) {
    throw new DomainError(WorkErrors.waitingForReplenishment, `Work '${header.work_id}' waits for replenishment work '${header.waits_for_work_id}' to be put`, [
      { field: 'waitingForWorkId', reason: 'the replenishment of the pick location is not put yet', value: header.waits_for_work_id },
    ]);
  }
}

function requireWorker(header: WorkHeadersTable, workerId: string): void {
  if (header.assigned_worker !== null && header.assigned_worker !== workerId) {
    throw new DomainError(WorkErrors.assignedToOther, `Work '${header.work_id}' is assigned to '${header.assigned_worker}'`, [
      { field: 'workerId', reason: 'work is assigned to another worker', value: workerId },
    ]);
  }
}

/**
 * Compare-and-set on the version, so two workers racing on one work never both win. Returns the saved
 * row (RETURNING), so the answer to the request need not read it again.
 */
async function saveHeader(trx: Executor, header: WorkHeadersTable, now: number, changes: Partial<WorkHeadersTable>): Promise<WorkHeadersTable> {
  const saved = await trx
    .updateTable('work_headers')
    .set({ ...changes, version: header.version + 1, updated_at: now })
    .where('work_id', '=', header.work_id)
    .where('version', '=', header.version)
    .returningAll()
    .executeTakeFirst();
  if (!saved) throw changedConcurrently(header);
  return saved;
}

const changedConcurrently = (header: WorkHeadersTable) =>
  new DomainError(WorkErrors.invalidStatus, `Work '${header.work_id}' was changed by someone else; try again`, [{ field: 'version', reason: 'changed concurrently', value: header.version }]);

/** saveHeader for what takes and confirmations change (a prepared statement: they run on every scan). */
export async function saveProgressOf(
  trx: Executor,
  header: WorkHeadersTable,
  now: number,
  progress: { status: string; assignedWorker: string | null; startedAt: number | null; closedAt: number | null },
): Promise<WorkHeadersTable> {
  const { rows } = await saveProgress(trx, { workId: header.work_id, version: header.version, nextVersion: header.version + 1, now, ...progress });
  const saved = rows[0];
  if (!saved) throw changedConcurrently(header);
  return saved;
}

export async function takeWork(ctx: AppContext, input: { workId: string; workerId: string; operationId: string }): Promise<WorkView> {
  const { result } = await runOperation(ctx, { operationId: input.operationId, scope: `work.take:${input.workId}` }, async ({ trx, now }) => {
    const header = await lockedHeader(trx, ctx.db.caps, input.workId);
    requireActive(header, 'take it');
    requireNotWaiting(header);
    requireWorker(header, input.workerId);
    const saved = await saveProgressOf(trx, header, now, { assignedWorker: input.workerId, status: 'InProcess', startedAt: header.started_at ?? now, closedAt: header.closed_at });
    const { rows: lines } = await readLines(trx, { workId: input.workId });
    return { ...workHeaderView(saved), lines: lines.map(workLineView) };
  }, { wakes: [], replay: currentWork(input.workId) }); // taking work raises no event: nothing for the dispatcher to look at
  return result;
}

export interface ConfirmLineInput {
  workId: string;
  lineNumber: number;
  workerId: string;
  operationId: string;
  /** Micro-units; the whole open quantity when absent. */
  qty?: number;
  /** For a put line: another location than suggested (needs a reason). */
  locationId?: string;
  reason?: string;
}

/**
 * One confirmation inside a transaction that holds the work's header: the line's ledger transfer (with
 * what the hook of the work's creator adds) and the line's handled quantity. Answers the updated line.
 */
export async function moveLine(
  trx: Executor,
  now: number,
  header: WorkHeadersTable,
  lines: ReadonlyArray<Selectable<WorkLinesTable>>,
  input: ConfirmLineInput,
  hooks: WorkHooks,
): Promise<Selectable<WorkLinesTable>> {
  const line = lines.find((l) => l.line_number === input.lineNumber);
  if (!line) throw new DomainError(WorkErrors.lineNotFound, `Work '${input.workId}' has no line ${String(input.lineNumber)}`);
  const open = line.qty - line.handled_qty;
  const qty = input.qty ?? open;
  if (line.status !== 'Open' || qty <= 0 || qty > open) {
    throw new DomainError(WorkErrors.quantityExceeded, `Line ${String(line.line_number)} of work '${input.workId}' has ${String(qtyToNumber(open))} open`, [
      { field: 'quantity', reason: `more than the ${String(qtyToNumber(open))} open on the line`, value: qtyToNumber(qty) },
    ]);
  }
  const base: Omit<Dimensions, 'locationId'> = {
    itemNumber: line.item_number,
    warehouseId: header.warehouse_id,
    licensePlateId: line.license_plate_id || null,
    ownerId: line.owner_id,
    inventoryStatusId: line.inventory_status_id,
    batchNumber: line.batch_number || null,
    serialNumber: line.serial_number || null,
  };
  let from: string;
  let to: string;
  let actual: string | null = null;
  let pickLicensePlate = line.license_plate_id;
  if (line.line_type === 'Pick') {
    from = line.location_id;
    to = userLocation(input.workerId);
  } else {
    const pick = lines.find((l) => l.line_number === line.pick_line_number);
    const carried = pick ? pick.handled_qty - line.handled_qty : 0;
    if (!pick || carried < qty) {
      throw new DomainError(WorkErrors.lineOrder, `Pick line ${String(line.pick_line_number)} must be confirmed before put line ${String(line.line_number)}`, [
        { field: 'lineNumber', reason: 'the stock to put was not picked yet', value: line.line_number },
      ]);
    }
    pickLicensePlate = pick.license_plate_id;
    // Picked stock sits at the user location of whoever picked it.
    from = userLocation(pick.handled_by ?? input.workerId);
    to = input.locationId ?? line.location_id;
    if (to !== line.location_id) {
      if (!input.reason) {
        throw new DomainError(WorkErrors.overrideReasonRequired, `Putting to '${to}' instead of '${line.location_id}' needs a reason`, [
          { field: 'reason', reason: 'required when the location is overridden', value: to },
        ]);
      }
      const exists = await trx.selectFrom('locations').select('location_id').where('warehouse_id', '=', header.warehouse_id).where('location_id', '=', to).executeTakeFirst();
      if (!exists) throw new DomainError(WorkErrors.locationUnknown, `Location '${to}' does not exist in warehouse '${header.warehouse_id}'`, [{ field: 'locationId', reason: 'unknown location', value: to }]);
      actual = to;
    }
  }
  const hook = hooks.get(header.reference_type);
  const moveEvent = { now, header, line, qty, from, to, workerId: input.workerId, operationId: input.operationId };
  const contribution = await hook?.onMove?.(trx, moveEvent);
  await recordTransactions(
    trx,
    now,
    input.operationId,
    [
      ...ledgerEntries.transfer({ ...base, licensePlateId: pickLicensePlate || null, locationId: from }, { ...base, locationId: to }, qty, {
        sourceSystemId: header.source_system_id,
        referenceType: 'Work',
        referenceId: header.work_id,
      }),
      ...(contribution?.entries ?? []),
    ],
    contribution?.releases,
  );
  const updated =
    actual === null
      ? (await handleLine(trx, { id: line.id, qty, workerId: input.workerId, now })).rows[0]
      : await trx
          .updateTable('work_lines')
          .set({
            handled_qty: sql`handled_qty + ${qty}`,
            status: sql`case when handled_qty + ${qty} >= qty then 'Closed' else 'Open' end`,
            handled_by: input.workerId,
            handled_at: now,
            actual_location_id: actual,
            override_reason: input.reason ?? null,
          })
          .where('id', '=', line.id)
          .where(sql<boolean>`handled_qty + ${qty} <= qty`)
          .returningAll()
          .executeTakeFirst();
  if (!updated) throw new DomainError(WorkErrors.quantityExceeded, `Line ${String(line.line_number)} was handled concurrently`);
  await contribution?.afterMove?.();
  return updated;
}

/**
 * Confirms a pick (stock leaves its location for the worker's user location) or a put (stock
 * arrives at the suggested or overriding location). Each confirmation is one ledger Transfer, and
 * the work moves Open -> InProcess -> Closed with its lines.
 */
export async function confirmWorkLine(ctx: AppContext, input: ConfirmLineInput, hooks: WorkHooks): Promise<WorkView> {
  const scope = `work.confirm:${input.workId}:${String(input.lineNumber)}`;
  const { result } = await runOperation(ctx, { operationId: input.operationId, scope }, async ({ trx, now }) => {
    const header = await lockedHeaderToWorkOn(trx, ctx.db.caps, input.workId, input.workerId);
    const { rows: lines } = await readLines(trx, { workId: input.workId });
    const updated = await moveLine(trx, now, header, lines, input, hooks);
    // The header row is held (lockWork) since the lines were read, and the outbound hooks change no work
    // lines, so those lines with the one just updated are what a fresh read would return.
    return saveLinesProgress(trx, now, header, lines.map((l) => (l.id === updated.id ? updated : l)), input.workerId);
  }, { replay: currentWork(input.workId) });
  return result;
}

/** The header of work the worker may confirm lines of now, held until the transaction ends. */
export async function lockedHeaderToWorkOn(trx: Executor, caps: DialectCaps, workId: string, workerId: string): Promise<WorkHeadersTable> {
  const header = await lockedHeader(trx, caps, workId);
  requireActive(header, 'confirm lines');
  requireNotWaiting(header);
  requireWorker(header, workerId);
  return header;
}

/** After confirmations: the header's status from its lines (compare-and-set), and closed work ends the waits for it. */
export async function saveLinesProgress(trx: Executor, now: number, header: WorkHeadersTable, lines: ReadonlyArray<Selectable<WorkLinesTable>>, workerId: string): Promise<WorkView> {
  const next = statusAfterLines(header.status as WorkStatus, lines.map((l) => l.status));
  const saved = await saveProgressOf(trx, header, now, {
    status: next,
    assignedWorker: header.assigned_worker ?? workerId,
    startedAt: header.started_at ?? now,
    closedAt: next === 'Closed' ? now : null,
  });
  // Closed replenishment work: the work waiting for it may be picked now.
  if (next === 'Closed') await trx.updateTable('work_headers').set({ waits_for_work_id: null, updated_at: now }).where('waits_for_work_id', '=', header.work_id).execute();
  return { ...workHeaderView(saved), lines: lines.map(workLineView) };
}

/** Cancels work that has moved nothing yet; work with stock on the way must be finished first. */
export async function cancelWork(ctx: AppContext, input: { workId: string; reason: string | null; operationId?: string }, hooks?: WorkHooks): Promise<WorkView> {
  const now = ctx.clock.now();
  const run = async (trx: Executor) => {
    const header = await lockedHeader(trx, ctx.db.caps, input.workId);
    if (!mayMove(header.status, 'Canceled')) requireActive(header, 'cancel it');
    const waiting = await trx.selectFrom('work_headers').select('work_id').where('waits_for_work_id', '=', input.workId).where('status', 'in', ['Open', 'InProcess']).executeTakeFirst();
    if (waiting) {
      throw new DomainError(WorkErrors.othersWaiting, `Work '${waiting.work_id}' waits for work '${input.workId}'; put it instead`, [{ field: 'workId', reason: 'other work waits for it', value: waiting.work_id }]);
    }
    const handled = await trx.selectFrom('work_lines').select('line_number').where('work_id', '=', input.workId).where('handled_qty', '>', 0).executeTakeFirst();
    if (handled) {
      throw new DomainError(WorkErrors.invalidStatus, `Work '${input.workId}' has confirmed lines; finish it instead`, [{ field: 'lines', reason: 'some lines are already confirmed', value: handled.line_number }]);
    }
    await trx.updateTable('work_lines').set({ status: 'Canceled' }).where('work_id', '=', input.workId).execute();
    await hooks?.get(header.reference_type)?.onCancel?.(trx, { now, header });
    await saveHeader(trx, header, now, { status: 'Canceled', cancel_reason: input.reason, closed_at: now });
    return (await findWork(trx, input.workId)) as WorkView;
  };
  if (input.operationId === undefined) return runCommand(ctx, ({ trx }) => run(trx));
  return (await runOperation(ctx, { operationId: input.operationId, scope: `work.cancel:${input.workId}` }, ({ trx }) => run(trx), { replay: currentWork(input.workId) })).result;
}
