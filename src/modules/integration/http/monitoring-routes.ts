import { Type } from 'typebox';
import { toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { deadLetterCountsBySourceSystem } from '../../events/index.js';
import { listProcessesWithLastRun } from '../../system/index.js';
import { PROCESSING_STATUSES } from '../domain/message-states.js';
import { Id } from '../../../platform/http/schema-types.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const Monitoring = Type.Object({
  generatedAt: Type.String(),
  sourceSystems: Type.Array(
    Type.Object({
      sourceSystemId: Type.String(),
      name: Type.String(),
      messagesByStatus: Type.Record(Type.String(), Type.Integer()),
      oldestQueuedMessageAgeSeconds: nullable(Type.Integer()),
      failedMessages: Type.Array(
        Type.Object({ id: Type.Integer(), messageId: Type.String(), orderNumber: Type.String(), messageType: Type.String(), failedAt: nullable(Type.String()), lastError: nullable(Type.String()) }),
      ),
      deadLetteredWebhookDeliveries: Type.Integer(),
      backgroundProcesses: Type.Array(
        Type.Object({
          id: Type.Integer(),
          processType: Type.String(),
          intervalSeconds: Type.Integer(),
          enabled: Type.Boolean(),
          nextRunAt: nullable(Type.String()),
          lastRunOutcome: nullable(Type.String()),
          lastRunEndedAt: nullable(Type.String()),
          lastRunItems: nullable(Type.Integer()),
          lastRunError: nullable(Type.String()),
        }),
      ),
    }),
  ),
});

const FAILED_SHOWN = 20;

/** One call with what an integration operator watches: backlog, failures, dead letters, job health. */
export function monitoringRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/integration/monitoring',
    {
      schema: {
        tags: ['integration monitoring'],
        summary: 'Per source system: messages by state, oldest queued message, failed messages, dead-lettered webhooks, last process runs',
        querystring: Type.Object({ sourceSystemId: Type.Optional(Id()) }),
        response: { 200: Monitoring },
      },
      config: { access: ['integration_operator', 'warehouse_manager', 'source_system'] },
    },
    async (request) => {
      const scope = scopedSourceSystem(request, request.query.sourceSystemId);
      const db = ctx.db.kysely;
      const now = ctx.clock.now();
      let systemsQuery = db.selectFrom('source_systems').select(['source_system_id', 'name']).orderBy('source_system_id');
      if (scope !== undefined) systemsQuery = systemsQuery.where('source_system_id', '=', scope);
      const [systems, counts, oldest, failed, dead, processes] = await Promise.all([
        systemsQuery.execute(),
        db
          .selectFrom('shipment_order_messages')
          .select(['source_system_id', 'processing_status', (eb) => eb.fn.countAll<number>().as('n')])
          .groupBy(['source_system_id', 'processing_status'])
          .execute(),
        db
          .selectFrom('shipment_order_messages')
          .select(['source_system_id', (eb) => eb.fn.min('received_at').as('oldest')])
          .where('processor_state', '=', 'Queued')
          .groupBy('source_system_id')
          .execute(),
        db
          .selectFrom('shipment_order_messages')
          .select(['id', 'source_system_id', 'message_id', 'order_number', 'message_type', 'processed_at', 'last_error'])
          .where('processing_status', '=', 'Failed')
          .where('replaced_by_id', 'is', null)
          .orderBy('id', 'desc')
          .limit(FAILED_SHOWN * 50)
          .execute(),
        deadLetterCountsBySourceSystem(db),
        listProcessesWithLastRun(db, now, scope === undefined ? {} : { sourceSystemId: scope }),
      ]);
      return {
        generatedAt: new Date(now).toISOString(),
        sourceSystems: systems.map((s) => {
          const id = s.source_system_id;
          const byStatus: Record<string, number> = Object.fromEntries(PROCESSING_STATUSES.map((st) => [st, 0]));
          for (const c of counts) if (c.source_system_id === id) byStatus[c.processing_status] = Number(c.n);
          const oldestAt = oldest.find((o) => o.source_system_id === id)?.oldest;
          return {
            sourceSystemId: id,
            name: s.name,
            messagesByStatus: byStatus,
            oldestQueuedMessageAgeSeconds: oldestAt === undefined || oldestAt === null ? null : Math.max(0, Math.floor((now - Number(oldestAt)) / 1000)),
            failedMessages: failed
              .filter((f) => f.source_system_id === id)
              .slice(0, FAILED_SHOWN)
              .map((f) => ({ id: f.id, messageId: f.message_id, orderNumber: f.order_number, messageType: f.message_type, failedAt: toIso(f.processed_at), lastError: f.last_error })),
            deadLetteredWebhookDeliveries: dead.get(id) ?? 0,
            backgroundProcesses: processes
              .filter((p) => p.sourceSystemId === id)
              .map((p) => ({
                id: p.id,
                processType: p.processType,
                intervalSeconds: p.intervalSeconds,
                enabled: p.enabled,
                nextRunAt: p.nextRunAt,
                lastRunOutcome: p.lastRun?.outcome ?? null,
                lastRunEndedAt: p.lastRun?.endedAt ?? null,
                lastRunItems: p.lastRun?.itemsProcessed ?? null,
                lastRunError: p.lastRun?.error ?? null,
              })),
          };
        }),
      };
    },
  );
}
