import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import type { App } from '../../../platform/http/server.js';
import { ageBucketOf, ageCounts, count, hourlySeries, hourOf } from '../db/buckets.js';
import { today } from '../domain/time-window.js';
import { AgeCounts, HourlySeries, WarehouseQuery, Window } from './schemas.js';

const CountingOverview = Type.Object({
  ...Window,
  journals: Type.Object({ open: Type.Integer({ description: 'Counting journals not posted yet' }), postedToday: Type.Integer() }),
  cycleCountWork: Type.Object({
    open: Type.Integer({ description: 'Waiting to be counted' }),
    pendingReview: Type.Integer({ description: 'Counted outside the limits, waiting for a manager to accept or reject' }),
    closedToday: Type.Integer(),
  }),
  closedTodayByOutcome: Type.Array(Type.Object({ outcome: Type.String(), count: Type.Integer() }), { description: 'Adjusted, NoDifference, Accepted or Rejected' }),
  countsByWorker: HourlySeries,
  countsByZone: HourlySeries,
  openCycleCountWorkAge: AgeCounts,
});

/** What counting has waiting (journals, cycle counts, reviews) and the counting done today. */
export function countingOverviewRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/overviews/counting',
    {
      schema: {
        tags: ['overviews'],
        summary: "The counting workspace's overview: open journals, cycle count work and counts pending review, counted lines per hour today by worker and zone",
        querystring: WarehouseQuery,
        response: { 200: CountingOverview },
      },
      config: { access: ['planner', 'warehouse_manager'] },
    },
    async (request) => {
      const { warehouseId } = request.query;
      const inWarehouse = warehouseId !== undefined;
      const now = ctx.clock.now();
      const day = today(now, request.query.utcOffsetMinutes ?? 0);
      const db = ctx.db.kysely;
      const hour = hourOf('l.counted_at', day);
      const age = ageBucketOf('created_at', now);
      const [openJournals, postedToday, work, closed, counted, workAge] = await Promise.all([
        db
          .selectFrom('counting_journals')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'Open')
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .executeTakeFirst(),
        db
          .selectFrom('counting_journals')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'Posted')
          .where('posted_at', '>=', day.from)
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .executeTakeFirst(),
        db
          .selectFrom('cycle_count_work')
          .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
          .where('status', 'in', ['Open', 'PendingReview'])
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .groupBy('status')
          .execute(),
        db
          .selectFrom('cycle_count_work')
          .select(['outcome', (eb) => eb.fn.countAll<number>().as('n')])
          .where('status', '=', 'Closed')
          .where('closed_at', '>=', day.from)
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .groupBy('outcome')
          .orderBy('outcome')
          .execute(),
        db
          .selectFrom('counting_journal_lines as l')
          .leftJoin('locations as loc', (j) => j.onRef('loc.warehouse_id', '=', 'l.warehouse_id').onRef('loc.location_id', '=', 'l.location_id'))
          .select([hour.as('hour'), 'l.counted_by as worker', 'loc.zone_id as zone', (eb) => eb.fn.countAll<number>().as('n')])
          .where('l.counted_at', '>=', day.from)
          .where('l.counted_at', '<', day.to)
          .$if(inWarehouse, (q) => q.where('l.warehouse_id', '=', warehouseId ?? ''))
          .groupBy([hour, 'l.counted_by', 'loc.zone_id'])
          .execute(),
        db
          .selectFrom('cycle_count_work')
          .select([age.as('bucket'), (eb) => eb.fn.countAll<number>().as('n')])
          .where('status', '=', 'Open')
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .groupBy(age)
          .execute(),
      ]);
      const workIn = (status: string) => count(work.find((w) => w.status === status));
      return {
        generatedAt: new Date(now).toISOString(),
        windowStart: new Date(day.from).toISOString(),
        windowEnd: new Date(day.to).toISOString(),
        journals: { open: count(openJournals), postedToday: count(postedToday) },
        cycleCountWork: { open: workIn('Open'), pendingReview: workIn('PendingReview'), closedToday: closed.reduce((sum, c) => sum + count(c), 0) },
        closedTodayByOutcome: closed.map((c) => ({ outcome: c.outcome ?? '', count: count(c) })),
        countsByWorker: hourlySeries(day, counted.map((c) => ({ hour: c.hour, key: c.worker, n: c.n }))),
        countsByZone: hourlySeries(day, counted.map((c) => ({ hour: c.hour, key: c.zone, n: c.n }))),
        openCycleCountWorkAge: ageCounts(workAge),
      };
    },
  );
}
