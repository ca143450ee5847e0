import { Type } from 'typebox';
import { toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import { Id, Int } from '../../../platform/http/schema-types.js';
import type { App } from '../../../platform/http/server.js';
import { sourceSystemScope } from '../../counting/index.js';
import { findSourceSystem } from '../../source-systems/index.js';
import { explainDrift, type DriftLine } from '../../reconciliation/index.js';
import { dayEnds } from '../domain/time-window.js';
import { nullable, TimeZoneQuery } from './schemas.js';

const MAX_DAYS = 14;
const REASONS = ['RegisteredNotReceivingCompleted', 'PickedNotShipConfirmed', 'UpdateLogEntryNotPublished', 'StatusChangeNotReported'] as const;

const ReconciliationOverview = Type.Object({
  generatedAt: Type.String(),
  sourceSystems: Type.Array(
    Type.Object({
      sourceSystemId: Type.String(),
      name: Type.String(),
      linesWithDifference: Type.Integer({ description: 'Items and dimensions where the physical on-hand differs from what the source system was told (the drift explanation)' }),
      openDocuments: Type.Array(Type.Object({ reason: Type.String(), count: Type.Integer() }), { description: 'The ledger rows that make up the differences, by reason' }),
      lastReport: nullable(Type.Object({ reportId: Type.String(), inventoryAsOfDate: Type.String(), createdAt: Type.String() })),
      updateLog: nullable(Type.Object({ lastSequence: Type.Integer(), lastPublishedAt: nullable(Type.String()) })),
      drift: Type.Array(
        Type.Object({ at: Type.String({ description: 'The end of the day (now for today)' }), linesWithDifference: Type.Integer(), openDocuments: Type.Integer() }),
        { description: 'The drift explanation at the end of each of the last days, oldest first' },
      ),
    }),
  ),
});

const summary = (lines: readonly DriftLine[]) => {
  const differing = lines.filter((l) => l.wmsQty !== l.toldQty);
  return { linesWithDifference: differing.length, openDocuments: differing.flatMap((l) => l.explanations) };
};

/** Per source system: how far its picture of the stock is behind the warehouse's, today and over the last days. */
export function reconciliationOverviewRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/overviews/reconciliation',
    {
      schema: {
        tags: ['overviews'],
        summary: "The reconciliation workspace's overview: per source system the lines with a difference and the open documents behind them, the last on-hand report and update log entry, and the drift at the end of each of the last days",
        description: 'Each day recomputes the drift explanation from the ledger, so fewer days answer sooner. An integration client sees only its own source system.',
        querystring: Type.Object({
          ...TimeZoneQuery.properties,
          sourceSystemId: Type.Optional(Id({ description: 'Only this source system; an integration client always gets only its own' })),
          days: Type.Optional(Int({ minimum: 1, maximum: MAX_DAYS, description: `How many days the drift history covers, today included; default 7, at most ${String(MAX_DAYS)}` })),
        }),
        response: { 200: ReconciliationOverview },
      },
      config: { access: ['integration_operator', 'warehouse_manager', 'source_system'] },
    },
    async (request) => {
      const scope = scopedSourceSystem(request, request.query.sourceSystemId);
      const now = ctx.clock.now();
      const ends = dayEnds(now, request.query.days ?? 7, request.query.utcOffsetMinutes ?? 0);
      const db = ctx.db.kysely;
      const systems = await db
        .selectFrom('source_systems')
        .select(['source_system_id', 'name'])
        .$if(scope !== undefined, (q) => q.where('source_system_id', '=', scope ?? ''))
        .orderBy('source_system_id')
        .execute();
      const sourceSystems = [];
      // One source system after the other: each day is a pass over its part of the ledger.
      for (const s of systems) {
        const id = s.source_system_id;
        const [system, stockScope, report, published] = await Promise.all([
          findSourceSystem(db, id),
          sourceSystemScope(db, id),
          db.selectFrom('on_hand_reports').select(['report_id', 'as_of_date', 'created_at']).where('source_system_id', '=', id).orderBy('created_at', 'desc').orderBy('report_id', 'desc').limit(1).executeTakeFirst(),
          db.selectFrom('update_log_entries').select(['sequence', 'published_at']).where('source_system_id', '=', id).orderBy('sequence', 'desc').limit(1).executeTakeFirst(),
        ]);
        if (!system) continue;
        const settings = { inbound: system.inboundWarehouseInventoryUpdateLogs, outbound: system.outboundWarehouseInventoryUpdateLogs };
        const drift = [];
        for (const at of ends) drift.push({ at, ...summary(await explainDrift(db, stockScope, settings, at)) });
        const current = drift[drift.length - 1] ?? { linesWithDifference: 0, openDocuments: [] };
        sourceSystems.push({
          sourceSystemId: id,
          name: s.name,
          linesWithDifference: current.linesWithDifference,
          openDocuments: REASONS.map((reason) => ({ reason, count: current.openDocuments.filter((d) => d.reason === reason).length })),
          lastReport: report ? { reportId: report.report_id, inventoryAsOfDate: report.as_of_date, createdAt: toIso(report.created_at) ?? '' } : null,
          updateLog: published ? { lastSequence: Number(published.sequence), lastPublishedAt: toIso(published.published_at) } : null,
          drift: drift.map((d) => ({ at: toIso(d.at) ?? '', linesWithDifference: d.linesWithDifference, openDocuments: d.openDocuments.length })),
        });
      }
      return { generatedAt: new Date(now).toISOString(), sourceSystems };
    },
  );
}
