import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import { Id, Int } from '../../../platform/http/schema-types.js';
import type { App } from '../../../platform/http/server.js';
import { deadLetterCountsBySourceSystem } from '../../events/index.js';
import { listProcessesWithLastRun } from '../../system/index.js';
import { ageBucketOf, ageCounts, count, hourOf } from '../db/buckets.js';
import { HOUR_MS, lastHours } from '../domain/time-window.js';
import { AgeCounts, TimeZoneQuery, Window } from './schemas.js';

const MAX_HOURS = 72;

const Counts = {
  failed: Type.Integer({ description: 'Messages whose processing failed (processing status Failed)' }),
  queued: Type.Integer({ description: 'Messages waiting for the processor (processing status Received)' }),
  drafts: Type.Integer(),
  deadLetteredDeliveries: Type.Integer({ description: 'Webhook deliveries that gave up' }),
  failingProcesses: Type.Integer({ description: 'Background processes whose last run failed' }),
};

const IntegrationOverview = Type.Object({
  ...Window,
  totals: Type.Object(Counts),
  sourceSystems: Type.Array(
    Type.Object({
      sourceSystemId: Type.String(),
      name: Type.String(),
      ...Counts,
      hours: Type.Array(
        Type.Object({
          hourStart: Type.String(),
          received: Type.Integer({ description: 'Messages received in the hour' }),
          accepted: Type.Integer({ description: 'Messages whose processing ended Accepted in the hour' }),
          failed: Type.Integer({ description: 'Messages whose last processing attempt failed in the hour (and that are still Failed)' }),
        }),
        { description: 'Message throughput per hour of the window, zeros included' },
      ),
    }),
  ),
  queuedAge: AgeCounts,
});

/** What the integration operator watches: failures and backlog per source system, and the messages of the last hours. */
export function integrationOverviewRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/overviews/integration',
    {
      schema: {
        tags: ['overviews'],
        summary: "The integration workspace's overview: failed, queued and draft messages, dead letters and failing processes per source system, message throughput per hour, backlog age",
        description: 'An integration client sees only its own source system.',
        querystring: Type.Object({
          ...TimeZoneQuery.properties,
          sourceSystemId: Type.Optional(Id({ description: 'Only this source system; an integration client always gets only its own' })),
          hours: Type.Optional(Int({ minimum: 1, maximum: MAX_HOURS, description: `How many hours the throughput covers, the current one included; default 24, at most ${String(MAX_HOURS)}` })),
        }),
        response: { 200: IntegrationOverview },
      },
      config: { access: ['integration_operator', 'warehouse_manager', 'source_system'] },
    },
    async (request) => {
      const scope = scopedSourceSystem(request, request.query.sourceSystemId);
      const now = ctx.clock.now();
      const window = lastHours(now, request.query.hours ?? 24, request.query.utcOffsetMinutes ?? 0);
      const db = ctx.db.kysely;
      const received = hourOf('received_at', window);
      const processed = hourOf('processed_at', window);
      const age = ageBucketOf('received_at', now);
      const [systems, statuses, receivedRows, processedRows, queuedRows, dead, processes] = await Promise.all([
        db
          .selectFrom('source_systems')
          .select(['source_system_id', 'name'])
          .$if(scope !== undefined, (q) => q.where('source_system_id', '=', scope ?? ''))
          .orderBy('source_system_id')
          .execute(),
        db
          .selectFrom('shipment_order_messages')
          .select(['source_system_id', 'processing_status', (eb) => eb.fn.countAll<number>().as('n')])
          .where('processing_status', 'in', ['Failed', 'Received', 'Draft'])
          .$if(scope !== undefined, (q) => q.where('source_system_id', '=', scope ?? ''))
          .groupBy(['source_system_id', 'processing_status'])
          .execute(),
        db
          .selectFrom('shipment_order_messages')
          .select(['source_system_id', received.as('hour'), (eb) => eb.fn.countAll<number>().as('n')])
          .where('received_at', '>=', window.from)
          .where('received_at', '<', window.to)
          .$if(scope !== undefined, (q) => q.where('source_system_id', '=', scope ?? ''))
          .groupBy(['source_system_id', received])
          .execute(),
        db
          .selectFrom('shipment_order_messages')
          .select(['source_system_id', 'processing_status', processed.as('hour'), (eb) => eb.fn.countAll<number>().as('n')])
          .where('processed_at', '>=', window.from)
          .where('processed_at', '<', window.to)
          .where('processing_status', 'in', ['Accepted', 'Failed'])
          .$if(scope !== undefined, (q) => q.where('source_system_id', '=', scope ?? ''))
          .groupBy(['source_system_id', 'processing_status', processed])
          .execute(),
        db
          .selectFrom('shipment_order_messages')
          .select([age.as('bucket'), (eb) => eb.fn.countAll<number>().as('n')])
          .where('processing_status', '=', 'Received')
          .$if(scope !== undefined, (q) => q.where('source_system_id', '=', scope ?? ''))
          .groupBy(age)
          .execute(),
        deadLetterCountsBySourceSystem(db),
        listProcessesWithLastRun(db, now, scope === undefined ? {} : { sourceSystemId: scope }),
      ]);
      const sourceSystems = systems.map((s) => {
        const id = s.source_system_id;
        const withStatus = (status: string) => count(statuses.find((r) => r.source_system_id === id && r.processing_status === status));
        const hours = Array.from({ length: window.hours }, (_, i) => ({ hourStart: new Date(window.from + i * HOUR_MS).toISOString(), received: 0, accepted: 0, failed: 0 }));
        for (const r of receivedRows) {
          const entry = r.source_system_id === id ? hours[Number(r.hour)] : undefined;
          if (entry) entry.received += count(r);
        }
        for (const r of processedRows) {
          const entry = r.source_system_id === id ? hours[Number(r.hour)] : undefined;
          if (entry && r.processing_status === 'Accepted') entry.accepted += count(r);
          if (entry && r.processing_status === 'Failed') entry.failed += count(r);
        }
        return {
          sourceSystemId: id,
          name: s.name,
          failed: withStatus('Failed'),
          queued: withStatus('Received'),
          drafts: withStatus('Draft'),
          deadLetteredDeliveries: dead.get(id) ?? 0,
          failingProcesses: processes.filter((p) => p.sourceSystemId === id && p.lastRun?.outcome === 'failed').length,
          hours,
        };
      });
      const sum = (pick: (s: (typeof sourceSystems)[number]) => number) => sourceSystems.reduce((total, s) => total + pick(s), 0);
      return {
        generatedAt: new Date(now).toISOString(),
        windowStart: new Date(window.from).toISOString(),
        windowEnd: new Date(window.to).toISOString(),
        totals: {
          failed: sum((s) => s.failed),
          queued: sum((s) => s.queued),
          drafts: sum((s) => s.drafts),
          deadLetteredDeliveries: sum((s) => s.deadLetteredDeliveries),
          failingProcesses: sum((s) => s.failingProcesses),
        },
        sourceSystems,
        queuedAge: ageCounts(queuedRows),
      };
    },
  );
}
