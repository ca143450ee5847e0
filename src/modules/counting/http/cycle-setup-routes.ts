import { Type } from 'typebox';
import { toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { fromJson } from '../../../platform/db/json.js';
import { fetchPage, optionalTextSort, orderRows, pageOf, pageParams, PageQuery, SortQuery, sorting, textSort } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import type { CycleCountPlansTable, CycleCountThresholdsTable } from '../db/cycle-tables.js';
import { deletePlan, deleteThreshold } from '../commands/cycle-setup.js';
import { nullable } from './schemas.js';
import { Id } from '../../../platform/http/schema-types.js';

const TAGS = ['cycle counting'];
const READ = ['warehouse_manager', 'planner', 'warehouse_worker'] as const;
const PLAN = ['warehouse_manager', 'planner'] as const;
const none = (v: string) => (v === '' ? null : v);
const quantity = (micro: number | null) => (micro === null ? null : qtyToNumber(Number(micro)));

const ThresholdView = Type.Object({
  thresholdId: Type.String(),
  warehouseId: Type.String(),
  locationId: nullable(Type.String({ description: 'null: every location of the warehouse' })),
  itemNumber: nullable(Type.String({ description: 'null: all items of the location' })),
  thresholdQuantity: Type.Number(),
  maxPercentage: nullable(Type.Integer()),
  maxQuantity: nullable(Type.Number()),
});

const PlanView = Type.Object({
  planId: Type.String(),
  warehouseId: Type.String(),
  locationIds: nullable(Type.Array(Type.String(), { description: 'null: every location whose profile allows cycle counting' })),
  itemNumber: nullable(Type.String()),
  daysBetweenCounts: Type.Integer(),
  maxCounts: Type.Integer(),
  maxPercentage: nullable(Type.Integer()),
  maxQuantity: nullable(Type.Number()),
  createdAt: Type.String(),
});

const ThresholdSorting = sorting({
  fields: {
    thresholdId: textSort('threshold_id'),
    warehouseId: textSort('warehouse_id'),
    locationId: optionalTextSort('location_id'),
    itemNumber: optionalTextSort('item_number'),
    thresholdQuantity: 'threshold_qty',
  },
  default: { sort: 'thresholdId', order: 'asc' },
  tiebreak: textSort('threshold_id'),
});

const PlanSorting = sorting({
  fields: {
    planId: textSort('plan_id'),
    warehouseId: textSort('warehouse_id'),
    itemNumber: optionalTextSort('item_number'),
    daysBetweenCounts: 'days_between_counts',
    maxCounts: 'max_counts',
    createdAt: 'created_at',
  },
  default: { sort: 'planId', order: 'asc' },
  tiebreak: textSort('plan_id'),
});

function thresholdView(r: CycleCountThresholdsTable) {
  return {
    thresholdId: r.threshold_id,
    warehouseId: r.warehouse_id,
    locationId: none(r.location_id),
    itemNumber: none(r.item_number),
    thresholdQuantity: qtyToNumber(Number(r.threshold_qty)),
    maxPercentage: r.max_percentage,
    maxQuantity: quantity(r.max_quantity),
  };
}

function planView(r: CycleCountPlansTable) {
  return {
    planId: r.plan_id,
    warehouseId: r.warehouse_id,
    locationIds: fromJson<string[] | null>(r.location_ids, null),
    itemNumber: none(r.item_number),
    daysBetweenCounts: r.days_between_counts,
    maxCounts: r.max_counts,
    maxPercentage: r.max_percentage,
    maxQuantity: quantity(r.max_quantity),
    createdAt: toIso(r.created_at) ?? '',
  };
}

/** Lists and removal of cycle counting thresholds and plans (they are created in cycle-routes.ts). */
export function cycleSetupRoutes(app: App, ctx: AppContext): void {
  const db = () => ctx.db.kysely;
  const WarehouseFilter = Type.Object({ warehouseId: Type.Optional(Id()) });

  app.get(
    '/api/v1/cycle-count-thresholds',
    {
      schema: {
        tags: TAGS,
        summary: 'Cycle counting thresholds',
        querystring: Type.Intersect([PageQuery, WarehouseFilter, SortQuery(ThresholdSorting)]),
        response: { 200: pageOf(ThresholdView) },
      },
      config: { access: READ },
    },
    async (request) => {
      let query = db().selectFrom('cycle_count_thresholds');
      if (request.query.warehouseId) query = query.where('warehouse_id', '=', request.query.warehouseId);
      return fetchPage(query, pageParams(request.query), (rows) => orderRows(rows.selectAll(), ThresholdSorting, request.query, ctx.db.caps), thresholdView);
    },
  );

  app.delete(
    '/api/v1/cycle-count-thresholds/:thresholdId',
    {
      schema: {
        tags: TAGS,
        summary: 'Delete a cycle counting threshold',
        description: 'Work it created stays as it is. The background check of the warehouse goes with its last threshold.',
        params: Type.Object({ thresholdId: Id() }),
        response: { 204: Type.Null() },
      },
      config: { access: PLAN },
    },
    async (request, reply) => {
      const { thresholdId } = request.params;
      await deleteThreshold(ctx, thresholdId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/cycle-count-plans',
    {
      schema: {
        tags: TAGS,
        summary: 'Cycle counting plans',
        querystring: Type.Intersect([PageQuery, WarehouseFilter, SortQuery(PlanSorting)]),
        response: { 200: pageOf(PlanView) },
      },
      config: { access: READ },
    },
    async (request) => {
      let query = db().selectFrom('cycle_count_plans');
      if (request.query.warehouseId) query = query.where('warehouse_id', '=', request.query.warehouseId);
      return fetchPage(query, pageParams(request.query), (rows) => orderRows(rows.selectAll(), PlanSorting, request.query, ctx.db.caps), planView);
    },
  );

  app.delete(
    '/api/v1/cycle-count-plans/:planId',
    {
      schema: {
        tags: TAGS,
        summary: 'Delete a cycle counting plan and its background process',
        description: 'Work the plan created stays as it is. A run already under way finds no plan and creates nothing.',
        params: Type.Object({ planId: Id() }),
        response: { 204: Type.Null() },
      },
      config: { access: PLAN },
    },
    async (request, reply) => {
      const { planId } = request.params;
      await deletePlan(ctx, planId);
      return reply.status(204).send(null);
    },
  );
}
