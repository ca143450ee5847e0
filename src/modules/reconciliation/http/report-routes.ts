import { runCommand } from '../../../platform/command.js';
import { productDimensionLookup } from '../../master-data/index.js';
import { Type } from 'typebox';
import { toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { flag, fromJson } from '../../../platform/db/json.js';
import { DomainError } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import { fetchPage, optionalTextSort, orderRows, pageOf, pageParams, PageQuery, SortQuery, sorting, textSort } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { PROCESS_INTERVAL_SECONDS } from '../../../platform/jobs/processes.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { createOnHandReport } from '../commands/create-on-hand-report.js';
import { findOnHandReportSchedule, scheduleOnHandReport, type ScheduledReport } from '../commands/recurring-report.js';
import type { OnHandReportLinesTable, OnHandReportsTable } from '../db/tables.js';
import { ReconciliationErrors } from '../errors.js';
import { DimensionLevel, nullable, READ, ReportHeader, ReportLine, SourceSystemParams } from './schemas.js';
import { Id, Int, Text } from '../../../platform/http/schema-types.js';

const TAGS = ['reconciliation'];
const opt = (v: string) => (v === '' ? null : v);

const ReportSorting = sorting({
  fields: {
    reportId: textSort('report_id'),
    reportName: textSort('report_name'),
    inventoryAsOfDate: textSort('as_of_date'),
    reportExecutionTime: 'created_at',
    trigger: textSort('trigger'),
    lineCount: 'line_count',
  },
  default: { sort: 'reportExecutionTime', order: 'desc' },
  tiebreak: textSort('report_id'),
});

/** Dimensions a report does not keep are '' in its lines: they sort last, as the lines show them empty. */
const LineSorting = sorting({
  fields: {
    lineNumber: 'line_number',
    itemNumber: textSort('item_number'),
    sourceSystemItemNumber: textSort('source_item_number'),
    warehouseId: optionalTextSort('warehouse_id'),
    locationId: optionalTextSort('location_id'),
    licensePlateId: optionalTextSort('license_plate_id'),
    inventoryStatusId: optionalTextSort('inventory_status_id'),
    inventoryOwnerId: optionalTextSort('owner_id'),
    sourceSystemInventoryOwnerId: textSort('source_owner_id'),
    batchNumber: optionalTextSort('batch_number'),
    serialNumber: optionalTextSort('serial_number'),
    onHandQuantity: 'qty',
  },
  default: { sort: 'lineNumber', order: 'asc' },
  tiebreak: { column: 'line_number' },
});

const Schedule = Type.Object({
  backgroundProcessId: Type.Integer(),
  dimensions: Type.Array(Type.String(), { description: 'Dimension levels the lines are kept at, besides the item' }),
  includeRegisteredAndPicked: Type.Boolean(),
  intervalSeconds: Type.Integer(),
  enabled: Type.Boolean({ description: 'Whether the background process runs on its schedule' }),
  nextRunAt: nullable(Type.String({ format: 'date-time', description: 'null only when the stored time is not a date' })),
});

function scheduleView(s: ScheduledReport) {
  return { ...s, nextRunAt: toIso(s.nextRunAt) };
}

function lineView(r: OnHandReportLinesTable) {
  return {
    lineNumber: r.line_number,
    itemNumber: r.item_number,
    sourceSystemItemNumber: r.source_item_number,
    warehouseId: opt(r.warehouse_id),
    locationId: opt(r.location_id),
    licensePlateId: opt(r.license_plate_id),
    inventoryStatusId: opt(r.inventory_status_id),
    inventoryOwnerId: opt(r.owner_id),
    sourceSystemInventoryOwnerId: r.source_owner_id,
    batchNumber: opt(r.batch_number),
    serialNumber: opt(r.serial_number),
    onHandQuantity: qtyToNumber(Number(r.qty)),
  };
}

function headerView(r: OnHandReportsTable) {
  return {
    reportId: r.report_id,
    reportName: r.report_name,
    sourceSystemId: r.source_system_id,
    inventoryAsOfDate: r.as_of_date,
    reportExecutionTime: toIso(r.created_at) ?? '',
    includeRegisteredAndPickedTransactions: flag(r.include_registered_picked),
    dimensions: fromJson<string[]>(r.dimensions, []),
    trigger: r.trigger,
    lineCount: r.line_count,
  };
}

export function reportRoutes(app: App, ctx: AppContext): void {
  const db = () => ctx.db.kysely;
  const own = (request: Parameters<typeof scopedSourceSystem>[0], id: string) => scopedSourceSystem(request, id) ?? id;
  const findReport = async (sourceSystemId: string, reportId: string) => {
    const r = await db().selectFrom('on_hand_reports').selectAll().where('report_id', '=', reportId).where('source_system_id', '=', sourceSystemId).executeTakeFirst();
    if (!r) throw new DomainError(ReconciliationErrors.reportNotFound, `On-hand report '${reportId}' does not exist for source system '${sourceSystemId}'`);
    return r;
  };

  app.post(
    '/api/v1/source-systems/:sourceSystemId/on-hand-reports',
    {
      schema: {
        tags: TAGS,
        summary: 'Create a source system on-hand inventory report as of the end of a day',
        params: SourceSystemParams,
        body: Type.Object({
          asOfDate: Text(10, { description: 'YYYY-MM-DD; the report is as of the end of that day, UTC' }),
          dimensions: Type.Optional(Type.Array(DimensionLevel, { maxItems: 20, description: 'Dimension levels besides the item; default warehouse' })),
          includeRegisteredAndPicked: Type.Optional(Type.Boolean({ description: 'Include receipts not yet receiving-completed and picks not yet ship-confirmed; default false' })),
        }),
        response: { 201: ReportHeader },
      },
      config: { access: READ },
    },
    async (request, reply) => {
      const sourceSystemId = own(request, request.params.sourceSystemId);
      const reportId = await runCommand(ctx, ({ trx, now }) =>
        createOnHandReport(trx, ctx, now, {
          sourceSystemId,
          asOfDate: request.body.asOfDate,
          dimensions: request.body.dimensions ?? ['warehouse'],
          includeRegisteredAndPicked: request.body.includeRegisteredAndPicked ?? false,
          trigger: 'Manual',
        }),
      );
      return reply.status(201).send(headerView(await findReport(sourceSystemId, reportId)));
    },
  );

  app.get(
    '/api/v1/source-systems/:sourceSystemId/on-hand-reports',
    {
      schema: {
        tags: TAGS,
        summary: 'On-hand reports of a source system, newest first',
        params: SourceSystemParams,
        querystring: Type.Intersect([PageQuery, SortQuery(ReportSorting)]),
        response: { 200: pageOf(ReportHeader) },
      },
      config: { access: READ },
    },
    async (request) => {
      const sourceSystemId = own(request, request.params.sourceSystemId);
      const query = db().selectFrom('on_hand_reports').where('source_system_id', '=', sourceSystemId);
      return fetchPage(query, pageParams(request.query), (rows) => orderRows(rows.selectAll(), ReportSorting, request.query, ctx.db.caps), headerView);
    },
  );

  app.get(
    '/api/v1/source-systems/:sourceSystemId/on-hand-reports/:reportId',
    {
      schema: { tags: TAGS, summary: 'One on-hand report header', params: Type.Object({ sourceSystemId: Id(), reportId: Id() }), response: { 200: ReportHeader } },
      config: { access: READ },
    },
    async (request) => headerView(await findReport(own(request, request.params.sourceSystemId), request.params.reportId)),
  );

  app.get(
    '/api/v1/source-systems/:sourceSystemId/on-hand-reports/:reportId/lines',
    {
      schema: {
        tags: TAGS,
        summary: 'Lines of an on-hand report, in internal and in the source system\'s ids',
        params: Type.Object({ sourceSystemId: Id(), reportId: Id() }),
        querystring: Type.Intersect([PageQuery, Type.Object({ warehouseId: Type.Optional(Id()), itemNumber: Type.Optional(Id()) }), SortQuery(LineSorting)]),
        response: { 200: pageOf(ReportLine) },
      },
      config: { access: READ },
    },
    async (request) => {
      const report = await findReport(own(request, request.params.sourceSystemId), request.params.reportId);
      let query = db().selectFrom('on_hand_report_lines').where('report_id', '=', report.report_id);
      if (request.query.warehouseId) query = query.where('warehouse_id', '=', request.query.warehouseId);
      if (request.query.itemNumber) query = query.where('item_number', '=', request.query.itemNumber);
      const page = await fetchPage(query, pageParams(request.query), (rows) => orderRows(rows.selectAll(), LineSorting, request.query, ctx.db.caps), lineView);
      const variantOf = await productDimensionLookup(db(), page.items.map((l) => l.itemNumber));
      return { ...page, items: page.items.map((l) => ({ ...l, ...variantOf(l.itemNumber) })) };
    },
  );

  app.get(
    '/api/v1/source-systems/:sourceSystemId/on-hand-report-schedule',
    {
      schema: {
        tags: TAGS,
        summary: 'The recurring on-hand report of a source system: what it reports and when it runs next',
        description: '404 RECONCILIATION.SCHEDULE_NOT_FOUND while none is scheduled.',
        params: SourceSystemParams,
        response: { 200: Schedule },
      },
      config: { access: READ },
    },
    async (request) => {
      const sourceSystemId = own(request, request.params.sourceSystemId);
      const schedule = await findOnHandReportSchedule(db(), sourceSystemId);
      if (!schedule) throw new DomainError(ReconciliationErrors.scheduleNotFound, `Source system '${sourceSystemId}' has no recurring on-hand report`);
      return scheduleView(schedule);
    },
  );

  app.put(
    '/api/v1/source-systems/:sourceSystemId/on-hand-report-schedule',
    {
      schema: {
        tags: TAGS,
        summary: 'Create the on-hand report as a recurring background process (each run reports the previous day)',
        params: SourceSystemParams,
        body: Type.Object({
          dimensions: Type.Optional(Type.Array(DimensionLevel, { maxItems: 20 })),
          includeRegisteredAndPicked: Type.Optional(Type.Boolean()),
          intervalSeconds: Type.Optional(Int({ minimum: 60, maximum: PROCESS_INTERVAL_SECONDS.maximum, description: 'Seconds between runs: at least a minute, at most 366 days; default a day' })),
        }),
        response: { 200: Schedule },
      },
      config: { access: ['integration_operator'] },
    },
    async (request) => {
      const sourceSystemId = own(request, request.params.sourceSystemId);
      const exists = await db().selectFrom('source_systems').select('source_system_id').where('source_system_id', '=', sourceSystemId).executeTakeFirst();
      if (!exists) throw new DomainError(ReconciliationErrors.sourceSystemNotFound, `Source system '${sourceSystemId}' does not exist`);
      const schedule = await runCommand(
        ctx,
        async ({ trx, now }) => {
          await scheduleOnHandReport(trx, now, sourceSystemId, {
            dimensions: request.body.dimensions ?? ['warehouse'],
            includeRegisteredAndPicked: request.body.includeRegisteredAndPicked ?? false,
            intervalSeconds: request.body.intervalSeconds,
          });
          return findOnHandReportSchedule(trx, sourceSystemId);
        },
        { wakes: [] },
      );
      if (!schedule) throw new Error(`the on-hand report schedule of ${sourceSystemId} vanished in its own transaction`);
      return scheduleView(schedule);
    },
  );
}
