import { sql } from 'kysely';
import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import type { App } from '../../../platform/http/server.js';
import { ageBucketOf, ageCounts, count, hourlySeries, hourOf, literal } from '../db/buckets.js';
import { today } from '../domain/time-window.js';
import { AgeCounts, HourlySeries, WarehouseQuery, Window } from './schemas.js';

const InboundOverview = Type.Object({
  ...Window,
  ordersToReceive: Type.Object(
    {
      overdue: Type.Integer({ description: 'Planned to arrive before today' }),
      today: Type.Integer({ description: 'Planned to arrive today' }),
      later: Type.Integer(),
      noDate: Type.Integer({ description: 'No planned receipt date' }),
      total: Type.Integer(),
    },
    { description: 'Active orders with nothing received yet (receiving status Open), by the start of their planned receipt period' },
  ),
  partiallyReceivedOrders: Type.Integer(),
  loads: Type.Object({
    open: Type.Integer({ description: 'Planned, not yet dispatched by the vendor' }),
    shipped: Type.Integer({ description: 'Dispatched by the vendor: on the way or at the door, waiting to be received' }),
    inProcess: Type.Integer({ description: 'Being received' }),
    receivedToday: Type.Integer({ description: 'Receiving completed today' }),
  }),
  shipmentReceipts: Type.Object({ readyForPosting: Type.Integer(), postingFailed: Type.Integer({ description: 'Ready for posting, and the last attempt to post failed' }) }),
  openPutAwayWork: Type.Object({ open: Type.Integer(), inProcess: Type.Integer() }),
  receiptsByWorker: HourlySeries,
  receiptsByZone: HourlySeries,
  openPutAwayWorkAge: AgeCounts,
});

/** What inbound has to do today: orders and loads to receive, receipts to post, put-away, and the receiving done so far. */
export function inboundOverviewRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/overviews/inbound',
    {
      schema: {
        tags: ['overviews'],
        summary: "The inbound workspace's overview: orders to receive by planned date, loads by status, receipts to post, open put-away, registrations per hour today by worker and zone",
        querystring: WarehouseQuery,
        response: { 200: InboundOverview },
      },
      config: { access: ['planner', 'warehouse_manager'] },
    },
    async (request) => {
      const { warehouseId } = request.query;
      const inWarehouse = warehouseId !== undefined;
      const now = ctx.clock.now();
      const day = today(now, request.query.utcOffsetMinutes ?? 0);
      const db = ctx.db.kysely;
      const due = sql<string>`CASE WHEN planned_receipt_start IS NULL THEN 'noDate' WHEN planned_receipt_start < ${literal(day.from)} THEN 'overdue' WHEN planned_receipt_start < ${literal(day.to)} THEN 'today' ELSE 'later' END`;
      const workAge = ageBucketOf('created_at', now);
      const hour = hourOf('r.registered_at', day);
      const [toReceive, partly, loads, receivedToday, receipts, putAway, registrations, putAwayAge] = await Promise.all([
        db
          .selectFrom('inbound_orders')
          .select([due.as('due'), (eb) => eb.fn.countAll<number>().as('n')])
          .where('status', '=', 'Active')
          .where('receiving_status', '=', 'Open')
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .groupBy(due)
          .execute(),
        db
          .selectFrom('inbound_orders')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'Active')
          .where('receiving_status', '=', 'PartiallyReceived')
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .executeTakeFirst(),
        db
          .selectFrom('inbound_loads')
          .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
          .where('status', 'in', ['Open', 'Shipped', 'InProcess'])
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .groupBy('status')
          .execute(),
        db
          .selectFrom('inbound_loads')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'Received')
          .where('receiving_completed_at', '>=', day.from)
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .executeTakeFirst(),
        db
          .selectFrom('shipment_receipts')
          .select([sql<number>`CASE WHEN last_error IS NULL THEN 0 ELSE 1 END`.as('failed'), (eb) => eb.fn.countAll<number>().as('n')])
          .where('posting_status', '=', 'ReadyForPosting')
          .where('is_active', '=', 1)
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .groupBy(sql`CASE WHEN last_error IS NULL THEN 0 ELSE 1 END`)
          .execute(),
        db
          .selectFrom('work_headers')
          .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
          .where('work_type', '=', 'PutAway')
          .where('status', 'in', ['Open', 'InProcess'])
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .groupBy('status')
          .execute(),
        db
          .selectFrom('inbound_registrations as r')
          .leftJoin('locations as loc', (j) => j.onRef('loc.warehouse_id', '=', 'r.warehouse_id').onRef('loc.location_id', '=', 'r.location_id'))
          .select([hour.as('hour'), 'r.worker', 'loc.zone_id as zone', (eb) => eb.fn.countAll<number>().as('n')])
          .where('r.registered_at', '>=', day.from)
          .where('r.registered_at', '<', day.to)
          .$if(inWarehouse, (q) => q.where('r.warehouse_id', '=', warehouseId ?? ''))
          .groupBy([hour, 'r.worker', 'loc.zone_id'])
          .execute(),
        db
          .selectFrom('work_headers')
          .select([workAge.as('bucket'), (eb) => eb.fn.countAll<number>().as('n')])
          .where('work_type', '=', 'PutAway')
          .where('status', 'in', ['Open', 'InProcess'])
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .groupBy(workAge)
          .execute(),
      ]);
      const byDue = (d: string) => count(toReceive.find((r) => r.due === d));
      const loadsIn = (status: string) => count(loads.find((l) => l.status === status));
      const workIn = (status: string) => count(putAway.find((w) => w.status === status));
      return {
        generatedAt: new Date(now).toISOString(),
        windowStart: new Date(day.from).toISOString(),
        windowEnd: new Date(day.to).toISOString(),
        ordersToReceive: { overdue: byDue('overdue'), today: byDue('today'), later: byDue('later'), noDate: byDue('noDate'), total: toReceive.reduce((sum, r) => sum + count(r), 0) },
        partiallyReceivedOrders: count(partly),
        loads: { open: loadsIn('Open'), shipped: loadsIn('Shipped'), inProcess: loadsIn('InProcess'), receivedToday: count(receivedToday) },
        shipmentReceipts: {
          readyForPosting: receipts.reduce((sum, r) => sum + count(r), 0),
          postingFailed: count(receipts.find((r) => Number(r.failed) === 1)),
        },
        openPutAwayWork: { open: workIn('Open'), inProcess: workIn('InProcess') },
        receiptsByWorker: hourlySeries(day, registrations.map((r) => ({ hour: r.hour, key: r.worker, n: r.n }))),
        receiptsByZone: hourlySeries(day, registrations.map((r) => ({ hour: r.hour, key: r.zone, n: r.n }))),
        openPutAwayWorkAge: ageCounts(putAwayAge),
      };
    },
  );
}
