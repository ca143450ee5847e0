import { sql } from 'kysely';
import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import type { App } from '../../../platform/http/server.js';
import { wavePicking } from '../../outbound/index.js';
import { ageBucketOf, ageCounts, count, hourlySeries, hourOf, literal } from '../db/buckets.js';
import { today } from '../domain/time-window.js';
import { AgeCounts, HourlySeries, WarehouseQuery, Window } from './schemas.js';

const OutboundOverview = Type.Object({
  ...Window,
  ordersToRelease: Type.Object(
    {
      overdue: Type.Integer({ description: 'Requested to ship before now' }),
      today: Type.Integer({ description: 'Requested to ship from now until the end of the day' }),
      later: Type.Integer(),
      noDate: Type.Integer({ description: 'No requested ship date' }),
      total: Type.Integer(),
    },
    { description: 'Active orders not released at all, by their requested ship date (start of the requested shipping period)' },
  ),
  partiallyReleasedOrders: Type.Integer(),
  waves: Type.Object({ toProcess: Type.Integer({ description: 'Open waves, waiting to be processed' }), picking: Type.Integer({ description: 'Executed waves whose pick work is not done yet' }) }),
  openWork: Type.Array(Type.Object({ workType: Type.String(), status: Type.String(), count: Type.Integer() }), { description: 'Work not closed or canceled, by type and status' }),
  loads: Type.Object({ open: Type.Integer(), inProcess: Type.Integer(), loaded: Type.Integer({ description: 'Picked and ready to ship confirm' }), shippedToday: Type.Integer() }),
  picksByWorker: HourlySeries,
  picksByZone: HourlySeries,
  ordersToReleaseAge: AgeCounts,
  openPickWorkAge: AgeCounts,
});

const OPEN_WORK = ['Open', 'InProcess', 'PendingReview'];
const TO_SHIP = ['Open', 'InProcess', 'Loaded'];

/** What outbound has to do today: orders to release, waves, work and loads, and the picking done so far. */
export function outboundOverviewRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/overviews/outbound',
    {
      schema: {
        tags: ['overviews'],
        summary: "The outbound workspace's overview: orders to release by requested ship date, waves, open work, loads to ship, picks per hour today by worker and zone, backlog age",
        querystring: WarehouseQuery,
        response: { 200: OutboundOverview },
      },
      config: { access: ['planner', 'warehouse_manager'] },
    },
    async (request) => {
      const { warehouseId } = request.query;
      const now = ctx.clock.now();
      const day = today(now, request.query.utcOffsetMinutes ?? 0);
      const db = ctx.db.kysely;
      const due = sql<string>`CASE WHEN requested_ship_start IS NULL THEN 'noDate' WHEN requested_ship_start < ${literal(now)} THEN 'overdue' WHEN requested_ship_start < ${literal(day.to)} THEN 'today' ELSE 'later' END`;
      const orderAge = ageBucketOf('created_at', now);
      const workAge = ageBucketOf('created_at', now);
      const pickHour = hourOf('l.handled_at', day);
      const [toRelease, partly, wavesOpen, wavesPicking, work, loads, shippedToday, picks, releaseAge, pickWorkAge] = await Promise.all([
        db
          .selectFrom('outbound_orders')
          .select([due.as('due'), (eb) => eb.fn.countAll<number>().as('n')])
          .where('status', '=', 'Active')
          .where('release_status', '=', 'Open')
          .$if(warehouseId !== undefined, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .groupBy(due)
          .execute(),
        db
          .selectFrom('outbound_orders')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'Active')
          .where('release_status', '=', 'PartiallyReleased')
          .$if(warehouseId !== undefined, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .executeTakeFirst(),
        db
          .selectFrom('outbound_waves')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'Open')
          .$if(warehouseId !== undefined, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .executeTakeFirst(),
        db
          .selectFrom('outbound_waves as w')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where(wavePicking)
          .$if(warehouseId !== undefined, (q) => q.where('w.warehouse_id', '=', warehouseId ?? ''))
          .executeTakeFirst(),
        db
          .selectFrom('work_headers')
          .select(['work_type', 'status', (eb) => eb.fn.countAll<number>().as('n')])
          .where('status', 'in', OPEN_WORK)
          .$if(warehouseId !== undefined, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .groupBy(['work_type', 'status'])
          .orderBy('work_type')
          .orderBy('status')
          .execute(),
        db
          .selectFrom('outbound_loads')
          .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
          .where('status', 'in', TO_SHIP)
          .$if(warehouseId !== undefined, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .groupBy('status')
          .execute(),
        db
          .selectFrom('outbound_loads')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'Shipped')
          .where('shipped_at', '>=', day.from)
          .$if(warehouseId !== undefined, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .executeTakeFirst(),
        // A pick line is one visit to a location: what a picker's pace is measured in (quantities are in each item's own unit).
        db
          .selectFrom('work_lines as l')
          .innerJoin('work_headers as h', 'h.work_id', 'l.work_id')
          .leftJoin('locations as loc', (j) => j.onRef('loc.warehouse_id', '=', 'h.warehouse_id').onRef('loc.location_id', '=', 'l.location_id'))
          .select([pickHour.as('hour'), 'l.handled_by as worker', 'loc.zone_id as zone', (eb) => eb.fn.countAll<number>().as('n')])
          .where('h.work_type', '=', 'Pick')
          .where('l.line_type', '=', 'Pick')
          .where('l.handled_at', '>=', day.from)
          .where('l.handled_at', '<', day.to)
          .$if(warehouseId !== undefined, (q) => q.where('h.warehouse_id', '=', warehouseId ?? ''))
          .groupBy([pickHour, 'l.handled_by', 'loc.zone_id'])
          .execute(),
        db
          .selectFrom('outbound_orders')
          .select([orderAge.as('bucket'), (eb) => eb.fn.countAll<number>().as('n')])
          .where('status', '=', 'Active')
          .where('release_status', '=', 'Open')
          .$if(warehouseId !== undefined, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .groupBy(orderAge)
          .execute(),
        db
          .selectFrom('work_headers')
          .select([workAge.as('bucket'), (eb) => eb.fn.countAll<number>().as('n')])
          .where('work_type', '=', 'Pick')
          .where('status', 'in', ['Open', 'InProcess'])
          .$if(warehouseId !== undefined, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .groupBy(workAge)
          .execute(),
      ]);
      const byDue = (d: string) => count(toRelease.find((r) => r.due === d));
      const loadsIn = (status: string) => count(loads.find((l) => l.status === status));
      return {
        generatedAt: new Date(now).toISOString(),
        windowStart: new Date(day.from).toISOString(),
        windowEnd: new Date(day.to).toISOString(),
        ordersToRelease: {
          overdue: byDue('overdue'),
          today: byDue('today'),
          later: byDue('later'),
          noDate: byDue('noDate'),
          total: toRelease.reduce((sum, r) => sum + count(r), 0),
        },
        partiallyReleasedOrders: count(partly),
        waves: { toProcess: count(wavesOpen), picking: count(wavesPicking) },
        openWork: work.map((w) => ({ workType: w.work_type, status: w.status, count: count(w) })),
        loads: { open: loadsIn('Open'), inProcess: loadsIn('InProcess'), loaded: loadsIn('Loaded'), shippedToday: count(shippedToday) },
        picksByWorker: hourlySeries(day, picks.map((p) => ({ hour: p.hour, key: p.worker, n: p.n }))),
        picksByZone: hourlySeries(day, picks.map((p) => ({ hour: p.hour, key: p.zone, n: p.n }))),
        ordersToReleaseAge: ageCounts(releaseAge),
        openPickWorkAge: ageCounts(pickWorkAge),
      };
    },
  );
}
