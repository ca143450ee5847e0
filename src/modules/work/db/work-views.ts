import type { Executor } from '../../../platform/db/database.js';
import { toIso } from '../../../platform/clock.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import type { WorkHooks, WorkLineContext } from '../commands/work-hooks.js';
import type { WorkHeadersTable, WorkLinesTable } from './tables.js';

const opt = (v: string) => (v === '' ? null : v);

export function workHeaderView(h: WorkHeadersTable) {
  return {
    workId: h.work_id,
    workType: h.work_type,
    warehouseId: h.warehouse_id,
    status: h.status,
    workTemplateId: h.template_id,
    referenceType: h.reference_type,
    referenceId: h.reference_id,
    sourceSystemId: h.source_system_id,
    assignedWorker: h.assigned_worker,
    cancelReason: h.cancel_reason,
    version: h.version,
    createdAt: toIso(h.created_at) ?? '',
    updatedAt: toIso(h.updated_at) ?? '',
    startedAt: toIso(h.started_at),
    closedAt: toIso(h.closed_at),
    groupPuts: h.group_puts === 1,
    waitingForWorkId: h.waits_for_work_id,
  };
}

export function workLineView(l: Omit<WorkLinesTable, 'id'>) {
  return {
    lineNumber: l.line_number,
    lineType: l.line_type,
    pickLineNumber: l.pick_line_number,
    itemNumber: l.item_number,
    locationId: l.location_id,
    licensePlateId: opt(l.license_plate_id),
    inventoryOwnerId: l.owner_id,
    inventoryStatusId: l.inventory_status_id,
    batchNumber: opt(l.batch_number),
    serialNumber: opt(l.serial_number),
    quantity: qtyToNumber(l.qty),
    unitSymbol: l.unit,
    handledQuantity: qtyToNumber(l.handled_qty),
    status: l.status,
    actualLocationId: l.actual_location_id,
    overrideReason: l.override_reason,
    handledBy: l.handled_by,
    handledAt: toIso(l.handled_at),
  };
}

export type WorkView = ReturnType<typeof workHeaderView> & { lines: Array<ReturnType<typeof workLineView>> };

export async function findWork(db: Executor, workId: string): Promise<WorkView | undefined> {
  const header = await db.selectFrom('work_headers').selectAll().where('work_id', '=', workId).executeTakeFirst();
  if (!header) return undefined;
  const lines = await db.selectFrom('work_lines').selectAll().where('work_id', '=', workId).orderBy('line_number').execute();
  return { ...workHeaderView(header), lines: lines.map(workLineView) };
}

/** A retried scan's answer: the work as it is now (see Replay in client-operations.ts). */
export function currentWork(workId: string): (db: Executor) => Promise<WorkView> {
  return async (db) => {
    const work = await findWork(db, workId);
    if (!work) throw new Error(`work '${workId}' is gone, though an operation on it was stored`);
    return work;
  };
}

export type DescribedWorkView = Omit<WorkView, 'lines'> & { lines: Array<WorkView['lines'][number] & { itemName: string | null; order: WorkLineContext | null }> };

/**
 * The work as a worker's screen reads it: each line with its item's name and the order it serves (and that
 * order's customer or vendor, from the module that created the work; a put line shares its pick line's).
 */
export async function findDescribedWork(db: Executor, hooks: WorkHooks, workId: string): Promise<DescribedWorkView | undefined> {
  const work = await findWork(db, workId);
  if (!work) return undefined;
  const itemNumbers = [...new Set(work.lines.map((l) => l.itemNumber))];
  const names = new Map(
    itemNumbers.length === 0 ? [] : (await db.selectFrom('items').select(['item_number', 'name']).where('item_number', 'in', itemNumbers).execute()).map((i) => [i.item_number, i.name] as const),
  );
  const contexts = (await hooks.get(work.referenceType)?.describeLines?.(db, work)) ?? new Map<number, WorkLineContext>();
  return {
    ...work,
    lines: work.lines.map((l) => ({
      ...l,
      itemName: names.get(l.itemNumber) ?? null,
      order: contexts.get(l.lineNumber) ?? (l.pickLineNumber === null ? undefined : contexts.get(l.pickLineNumber)) ?? null,
    })),
  };
}
