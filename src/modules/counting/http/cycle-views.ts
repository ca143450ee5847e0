import { Type } from 'typebox';
import { toIso } from '../../../platform/clock.js';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError, invalid } from '../../../platform/errors.js';
import { optionalTextSort, sorting, textSort } from '../../../platform/http/paging.js';
import { Int, Quantity } from '../../../platform/http/schema-types.js';
import { parseQty, qtyToNumber } from '../../../platform/quantity.js';
import type { CycleCountWorkTable } from '../db/cycle-tables.js';
import { journalView } from '../db/journal-rows.js';
import { CountingErrors } from '../errors.js';
import { JournalLine, nullable } from './schemas.js';

/** What the cycle count work routes answer: the work's view, its sorting, and the tolerance a request gives. */
export const ToleranceInput = {
  maxPercentage: Type.Optional(Int({ minimum: 0, maximum: 1000, description: 'Maximum percentage limit (at most 1000)' })),
  maxQuantity: Type.Optional(Quantity({ positive: false, description: 'Maximum quantity limit (inventory unit)' })),
};

export const WorkView = Type.Object({
  workId: Type.String(),
  warehouseId: Type.String(),
  locationId: Type.String(),
  itemNumber: nullable(Type.String()),
  createdBy: Type.String({ description: 'Threshold, Plan or Manual' }),
  originId: nullable(Type.String()),
  status: Type.String({ description: 'Open, PendingReview or Closed' }),
  outcome: nullable(Type.String({ description: 'Adjusted, NoDifference, Accepted or Rejected' })),
  journalId: Type.String(),
  maxPercentage: nullable(Type.Integer()),
  maxQuantity: nullable(Type.Number()),
  recounts: Type.Integer(),
  createdAt: Type.String(),
  countedAt: nullable(Type.String()),
  countedBy: nullable(Type.String()),
  closedAt: nullable(Type.String()),
  closedBy: nullable(Type.String()),
});
export const WorkWithLines = Type.Object({ ...WorkView.properties, lines: Type.Array(JournalLine) });

export const WorkSorting = sorting({
  fields: {
    workId: textSort('work_id'),
    warehouseId: textSort('warehouse_id'),
    locationId: textSort('location_id'),
    // '' means no item: such work sorts last, as the list shows it empty.
    itemNumber: optionalTextSort('item_number'),
    createdBy: textSort('created_by_method'),
    status: textSort('status'),
    outcome: textSort('outcome'),
    journalId: textSort('journal_id'),
    recounts: 'recounts',
    createdAt: 'created_at',
    countedAt: 'counted_at',
    countedBy: textSort('counted_by'),
    closedAt: 'closed_at',
  },
  default: { sort: 'workId', order: 'asc' },
  tiebreak: textSort('work_id'),
});

export function view(w: CycleCountWorkTable) {
  return {
    workId: w.work_id,
    warehouseId: w.warehouse_id,
    locationId: w.location_id,
    itemNumber: w.item_number === '' ? null : w.item_number,
    createdBy: w.created_by_method,
    originId: w.origin_id,
    status: w.status,
    outcome: w.outcome,
    journalId: w.journal_id,
    maxPercentage: w.max_percentage,
    maxQuantity: w.max_quantity === null ? null : qtyToNumber(Number(w.max_quantity)),
    recounts: w.recounts,
    createdAt: toIso(w.created_at) ?? '',
    countedAt: toIso(w.counted_at),
    countedBy: w.counted_by,
    closedAt: toIso(w.closed_at),
    closedBy: w.closed_by,
  };
}

export async function withLines(db: Executor, workId: string) {
  const w = await db.selectFrom('cycle_count_work').selectAll().where('work_id', '=', workId).executeTakeFirst();
  if (!w) throw new DomainError(CountingErrors.workNotFound, `Cycle count work '${workId}' does not exist`);
  return { ...view(w), lines: (await journalView(db, w.journal_id)).lines };
}

export async function listWork(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('cycle_count_work').selectAll().where('work_id', 'in', ids).orderBy('work_id').execute();
  return rows.map(view);
}

export function tolerance(body: { maxPercentage?: number | undefined; maxQuantity?: number | undefined }) {
  const maxQuantity = body.maxQuantity === undefined ? null : (parseQty(body.maxQuantity) ?? null);
  if (body.maxQuantity !== undefined && maxQuantity === null) throw invalid('maxQuantity', 'at most 6 decimals', body.maxQuantity);
  return { maxPercentage: body.maxPercentage ?? null, maxQuantity };
}
