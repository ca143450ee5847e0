import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { bool, toJson } from '../../../platform/db/json.js';
import { DomainError } from '../../../platform/errors.js';
import { sourceSystemScope } from '../../counting/index.js';
import { appendEvents } from '../../events/index.js';
import { findSourceSystem } from '../../source-systems/index.js';
import { onHandAsOf } from '../../inventory/index.js';
import { DIMENSION_LEVELS, endOfDay, type DimensionLevel } from '../domain/update-log-rules.js';
import { ReconciliationErrors } from '../errors.js';

export interface OnHandReportRequest {
  sourceSystemId: string;
  asOfDate: string;
  dimensions: DimensionLevel[];
  includeRegisteredAndPicked: boolean;
  trigger: 'Manual' | 'Recurring';
}

/**
 * "Create source system on-hand inventory report": the source system's stock as of the end of a
 * day, from the ledger, at the chosen dimension levels, with or without receipts still Registered
 * and issues still Picked; header and lines are stored and the report event raised in one
 * transaction.
 */
export async function createOnHandReport(db: Executor, ctx: Pick<AppContext, 'ids'>, now: number, input: OnHandReportRequest): Promise<string> {
  const asOf = endOfDay(input.asOfDate);
  if (asOf === undefined) {
    throw new DomainError(ReconciliationErrors.invalidDate, `'${input.asOfDate}' is not a date`, [{ field: 'asOfDate', reason: 'not a YYYY-MM-DD calendar date', value: input.asOfDate }]);
  }
  if (!(await findSourceSystem(db, input.sourceSystemId))) throw new DomainError(ReconciliationErrors.sourceSystemNotFound, `Source system '${input.sourceSystemId}' does not exist`);
  const scope = await sourceSystemScope(db, input.sourceSystemId);
  const levels = [...new Set(input.dimensions)];
  const rows = await onHandAsOf(db, {
    asOf,
    includeUnfinalized: input.includeRegisteredAndPicked,
    groupBy: levels.map((l) => DIMENSION_LEVELS[l]),
    ownerIds: scope.ownerIds,
    itemNumbers: scope.itemNumbers,
  });
  const reportId = ctx.ids.uuid();
  await db
    .insertInto('on_hand_reports')
    .values({
      report_id: reportId,
      source_system_id: input.sourceSystemId,
      report_name: input.sourceSystemId,
      as_of_date: input.asOfDate,
      as_of: asOf,
      include_registered_picked: bool(input.includeRegisteredAndPicked),
      dimensions: toJson(levels),
      trigger: input.trigger,
      line_count: rows.length,
      created_at: now,
    })
    .execute();
  const lines = rows.map((r, i) => ({
    report_id: reportId,
    line_number: i + 1,
    item_number: r.item_number,
    warehouse_id: r.warehouse_id ?? '',
    location_id: r.location_id ?? '',
    license_plate_id: r.license_plate_id ?? '',
    owner_id: r.owner_id ?? '',
    inventory_status_id: r.inventory_status_id ?? '',
    batch_number: r.batch_number ?? '',
    serial_number: r.serial_number ?? '',
    source_item_number: scope.externalItemNumber(r.item_number) ?? r.item_number,
    source_owner_id: r.owner_id ? scope.externalOwnerId(r.owner_id) : null,
    qty: r.qty,
  }));
  for (let i = 0; i < lines.length; i += 200) await db.insertInto('on_hand_report_lines').values(lines.slice(i, i + 200)).execute();
  await appendEvents(db, ctx.ids, now, [
    {
      type: 'sourceSystemOnHandReport.created',
      sourceSystemId: input.sourceSystemId,
      subject: reportId,
      payload: {
        reportId,
        reportName: input.sourceSystemId,
        sourceSystemId: input.sourceSystemId,
        asOfDate: input.asOfDate,
        includeRegisteredAndPicked: input.includeRegisteredAndPicked,
        dimensions: levels,
        lineCount: rows.length,
        trigger: input.trigger,
      },
    },
  ]);
  return reportId;
}
