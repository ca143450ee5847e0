import { sql } from 'kysely';
import { Type } from 'typebox';
import { toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import type { App } from '../../../platform/http/server.js';
import { lastLedgerCheck } from '../../inventory/index.js';
import { count, hourlySeries, hourOf } from '../db/buckets.js';
import { today } from '../domain/time-window.js';
import { HourlySeries, nullable, WarehouseQuery, Window } from './schemas.js';

/** Stock a worker has picked up and not yet put down sits at a location of this form (see the work module). */
const CARRIED = 'user:%';

const OnHandOverview = Type.Object({
  ...Window,
  itemsInStock: Type.Integer({ description: 'Items with physical stock' }),
  locationsWithStock: Type.Integer({ description: 'Locations with physical stock (not counting stock carried by workers)' }),
  licensePlatesWithStock: Type.Integer(),
  carriedByWorkers: Type.Integer({ description: 'Workers carrying stock they picked and have not put yet' }),
  reservedStockRows: Type.Integer({ description: 'Stock rows (one per dimension combination) with a reservation' }),
  stockRowsByStatus: Type.Array(Type.Object({ inventoryStatusId: Type.String(), available: Type.Boolean(), count: Type.Integer() }), { description: 'Stock rows with physical stock, by inventory status' }),
  lastConsistencyCheck: nullable(Type.Object({ checkedAt: Type.String(), consistent: Type.Boolean(), differences: Type.Integer() })),
  movementsByKind: HourlySeries,
});

/** How the stock stands and how it moved today, for the on-hand inquiry. */
export function onHandOverviewRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/overviews/on-hand',
    {
      schema: {
        tags: ['overviews'],
        summary: "The on-hand workspace's overview: items, locations and license plates with stock, stock by status, the last ledger check, ledger movements per hour today by kind",
        querystring: WarehouseQuery,
        response: { 200: OnHandOverview },
      },
      config: { access: ['planner', 'warehouse_manager', 'integration_operator'] },
    },
    async (request) => {
      const { warehouseId } = request.query;
      const inWarehouse = warehouseId !== undefined;
      const now = ctx.clock.now();
      const day = today(now, request.query.utcOffsetMinutes ?? 0);
      const db = ctx.db.kysely;
      const stock = () =>
        db
          .selectFrom('inventory_balances')
          .where('physical_qty', '>', 0)
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''));
      const distinctCount = (columns: ('item_number' | 'warehouse_id' | 'location_id' | 'license_plate_id')[], where: (q: ReturnType<typeof stock>) => ReturnType<typeof stock>) =>
        db
          .selectFrom(where(stock()).select(columns).distinct().as('d'))
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst();
      const hour = hourOf('created_at', day);
      const [items, locations, plates, carried, reserved, byStatus, check, movements] = await Promise.all([
        distinctCount(['item_number'], (q) => q),
        distinctCount(['warehouse_id', 'location_id'], (q) => q.where('location_id', 'not like', CARRIED)),
        distinctCount(['license_plate_id'], (q) => q.where('license_plate_id', '<>', '')),
        distinctCount(['warehouse_id', 'location_id'], (q) => q.where('location_id', 'like', CARRIED)),
        db
          .selectFrom('inventory_balances')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('reserved_qty', '>', 0)
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .executeTakeFirst(),
        stock()
          .leftJoin('inventory_statuses as s', 's.status_id', 'inventory_balances.inventory_status_id')
          .select(['inventory_balances.inventory_status_id as status', sql<number | null>`max(s.available)`.as('available'), (eb) => eb.fn.countAll<number>().as('n')])
          .groupBy('inventory_balances.inventory_status_id')
          .orderBy('inventory_balances.inventory_status_id')
          .execute(),
        lastLedgerCheck(db),
        db
          .selectFrom('inventory_transactions')
          .select([hour.as('hour'), 'kind', (eb) => eb.fn.countAll<number>().as('n')])
          .where('created_at', '>=', day.from)
          .where('created_at', '<', day.to)
          .$if(inWarehouse, (q) => q.where('warehouse_id', '=', warehouseId ?? ''))
          .groupBy([hour, 'kind'])
          .execute(),
      ]);
      const differences = check ? check.physicalDifferences + check.reservedDifferences : 0;
      return {
        generatedAt: new Date(now).toISOString(),
        windowStart: new Date(day.from).toISOString(),
        windowEnd: new Date(day.to).toISOString(),
        itemsInStock: count(items),
        locationsWithStock: count(locations),
        licensePlatesWithStock: count(plates),
        carriedByWorkers: count(carried),
        reservedStockRows: count(reserved),
        stockRowsByStatus: byStatus.map((s) => ({ inventoryStatusId: s.status, available: Number(s.available ?? 0) === 1, count: count(s) })),
        lastConsistencyCheck: check ? { checkedAt: toIso(check.checkedAt) ?? '', consistent: differences === 0, differences } : null,
        movementsByKind: hourlySeries(day, movements.map((m) => ({ hour: m.hour, key: m.kind, n: m.n }))),
      };
    },
  );
}
