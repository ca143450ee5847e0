import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { runCommand, runOperation } from '../../../platform/command.js';
import { CommonErrors, DomainError, invalid } from '../../../platform/errors.js';
import { principalOf } from '../../../platform/http/auth.js';
import { containsText, fetchPage, orderRows, pageOf, pageParams, PageQuery, SearchText, SortQuery } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { PROCESS_INTERVAL_SECONDS } from '../../../platform/jobs/processes.js';
import { parseQty } from '../../../platform/quantity.js';
import { countCycleWork, reviewCycleWork } from '../commands/count-cycle-work.js';
import { createManualWork, evaluateThresholds, runPlan } from '../commands/cycle-work.js';
import { createPlan, createThreshold } from '../commands/cycle-setup.js';
import { REVIEW_DECISIONS } from '../domain/cycle-counting.js';
import { DimensionsInput, OperationId } from './schemas.js';
import { listWork, tolerance, ToleranceInput, view, withLines, WorkSorting, WorkView, WorkWithLines } from './cycle-views.js';
import { Id, Int, LineNumber, Quantity, Text } from '../../../platform/http/schema-types.js';

const TAGS = ['cycle counting'];
const READ = ['warehouse_manager', 'planner', 'warehouse_worker'] as const;
const PLAN = ['warehouse_manager', 'planner'] as const;
const COUNT = ['warehouse_manager', 'warehouse_worker'] as const;
const SPOT_COUNT = ['warehouse_manager', 'planner', 'warehouse_worker'] as const;

export function cycleRoutes(app: App, ctx: AppContext): void {
  const db = () => ctx.db.kysely;
  const WorkParams = Type.Object({ workId: Id() });

  app.post(
    '/api/v1/cycle-count-work',
    {
      schema: {
        tags: TAGS,
        summary: 'Create cycle count work by hand: by location, or by item (every location holding it)',
        body: Type.Object({
          warehouseId: Id(),
          locationIds: Type.Optional(Type.Array(Id(), { minItems: 1, maxItems: 500 })),
          itemNumber: Type.Optional(Id()),
          maxWork: Type.Optional(Int({ minimum: 1, description: 'Create at most this many' })),
          ...ToleranceInput,
        }),
        response: { 201: Type.Object({ items: Type.Array(WorkView) }) },
      },
      config: { access: SPOT_COUNT },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const actor = principal.name;
      // A worker on the floor may start a spot count of the location in front of them; planning counts
      // by item or across many locations stays with planners and managers.
      if (principal.kind === 'user' && principal.role === 'warehouse_worker' && (request.body.itemNumber !== undefined || request.body.locationIds?.length !== 1)) {
        throw new DomainError(CommonErrors.forbidden, 'A warehouse worker may create a spot count of one location only', [
          { field: 'locationIds', reason: 'give exactly one location (and no item) for a spot count' },
        ]);
      }
      const items = await runCommand(ctx, async ({ trx, now }) => listWork(trx, await createManualWork(trx, now, actor, { ...request.body, tolerance: tolerance(request.body) })), { wakes: [] });
      return reply.status(201).send({ items });
    },
  );

  app.get(
    '/api/v1/cycle-count-work',
    {
      schema: {
        tags: TAGS,
        summary: 'Cycle count work; status=PendingReview is the cycle count pending review list',
        querystring: Type.Intersect([
          PageQuery,
          Type.Object({
            status: Type.Optional(Id()),
            warehouseId: Type.Optional(Id()),
            locationId: Type.Optional(Id()),
            q: Type.Optional(SearchText('Work id contains')),
          }),
          SortQuery(WorkSorting),
        ]),
        response: { 200: pageOf(WorkView) },
      },
      config: { access: READ },
    },
    async (request) => {
      const { limit, offset } = pageParams(request.query);
      let query = db().selectFrom('cycle_count_work');
      if (request.query.status) query = query.where('status', '=', request.query.status);
      if (request.query.warehouseId) query = query.where('warehouse_id', '=', request.query.warehouseId);
      if (request.query.locationId) query = query.where('location_id', '=', request.query.locationId);
      if (request.query.q) query = query.where(containsText(['work_id'], request.query.q));
      return fetchPage(query, { limit, offset }, (rows) => orderRows(rows.selectAll(), WorkSorting, request.query, ctx.db.caps), view);
    },
  );

  app.get(
    '/api/v1/cycle-count-work/:workId',
    { schema: { tags: TAGS, summary: 'Cycle count work with its lines', params: WorkParams, response: { 200: WorkWithLines } }, config: { access: READ } },
    (request) => withLines(db(), request.params.workId),
  );

  app.post(
    '/api/v1/cycle-count-work/:workId/counts',
    {
      schema: {
        tags: TAGS,
        summary: 'Count the work\'s location (mobile app): by line, or with dimensions for stock found without a line',
        description: 'A count by a warehouse manager (cycle count supervisor), or within the tolerance, is adjusted at once; otherwise the work goes to PendingReview.',
        params: WorkParams,
        body: Type.Object({
          operationId: OperationId,
          counts: Type.Array(
            Type.Object({
              lineNumber: Type.Optional(LineNumber()),
              dimensions: Type.Optional(Type.Omit(DimensionsInput, ['warehouseId'])),
              countedQuantity: Quantity({ positive: false }),
              reasonCode: Type.Optional(Text(100)),
            }),
            { minItems: 1, maxItems: 1000 },
          ),
        }),
        response: { 200: WorkWithLines },
      },
      config: { access: COUNT },
    },
    async (request) => {
      const principal = principalOf(request);
      const supervisor = principal.kind === 'user' && (principal.role === 'warehouse_manager' || principal.role === 'admin');
      const { workId } = request.params;
      await runOperation(ctx, { operationId: request.body.operationId, scope: `cycleCount.count:${workId}` }, ({ trx, now }) =>
        countCycleWork(trx, ctx, now, { name: principal.name, supervisor }, workId, request.body.operationId, request.body.counts),
      );
      return withLines(db(), workId);
    },
  );

  app.post(
    '/api/v1/cycle-count-work/:workId/review',
    {
      schema: {
        tags: TAGS,
        summary: 'Decide on a count in Pending review: Accept (adjust), Reject (no adjustment) or Recount',
        params: WorkParams,
        body: Type.Object({ operationId: OperationId, decision: Type.Union(REVIEW_DECISIONS.map((d) => Type.Literal(d))) }),
        response: { 200: WorkWithLines },
      },
      config: { access: ['warehouse_manager'] },
    },
    async (request) => {
      const actor = principalOf(request).name;
      const { workId } = request.params;
      await runOperation(ctx, { operationId: request.body.operationId, scope: `cycleCount.review:${workId}` }, ({ trx, now }) =>
        reviewCycleWork(trx, ctx, now, actor, workId, request.body.decision, request.body.operationId),
      );
      return withLines(db(), workId);
    },
  );

  app.post(
    '/api/v1/cycle-count-thresholds',
    {
      schema: {
        tags: TAGS,
        summary: 'A cycle counting threshold: count a location when its on-hand (of an item) falls below a quantity',
        body: Type.Object({
          thresholdId: Id(),
          warehouseId: Id(),
          locationId: Type.Optional(Id()),
          itemNumber: Type.Optional(Id()),
          thresholdQuantity: Quantity({ positive: false }),
          ...ToleranceInput,
        }),
        response: { 201: Type.Object({ thresholdId: Type.String() }) },
      },
      config: { access: PLAN },
    },
    async (request, reply) => {
      const b = request.body;
      const qty = parseQty(b.thresholdQuantity);
      if (qty === undefined) throw invalid('thresholdQuantity', 'at most 6 decimals', b.thresholdQuantity);
      const t = tolerance(b);
      await createThreshold(ctx, { thresholdId: b.thresholdId, warehouseId: b.warehouseId, locationId: b.locationId, itemNumber: b.itemNumber, thresholdQty: qty, tolerance: t });
      return reply.status(201).send({ thresholdId: b.thresholdId });
    },
  );

  app.post(
    '/api/v1/cycle-count-thresholds/evaluate',
    {
      schema: {
        tags: TAGS,
        summary: 'Create work for every location below a threshold (that has no open work)',
        body: Type.Object({ warehouseId: Type.Optional(Id()) }),
        response: { 200: Type.Object({ items: Type.Array(WorkView) }) },
      },
      config: { access: PLAN },
    },
    async (request) => {
      const actor = principalOf(request).name;
      const items = await runCommand(ctx, async ({ trx, now }) => listWork(trx, await evaluateThresholds(trx, now, actor, request.body.warehouseId)), { wakes: [] });
      return { items };
    },
  );

  app.post(
    '/api/v1/cycle-count-plans',
    {
      schema: {
        tags: TAGS,
        summary: 'A cycle counting plan: which locations or item, how often, at most how many; runs as a background process',
        body: Type.Object({
          planId: Id(),
          warehouseId: Id(),
          locationIds: Type.Optional(Type.Array(Id(), { maxItems: 5000, description: 'Default: every location whose profile allows cycle counting' })),
          itemNumber: Type.Optional(Id()),
          // The plan runs as a background process every daysBetweenCounts days: within a process's interval bounds.
          daysBetweenCounts: Int({ minimum: 1, maximum: PROCESS_INTERVAL_SECONDS.maximum / 86_400, description: 'At most 366' }),
          maxCounts: Int({ minimum: 1, maximum: 100_000, description: 'Counts a run creates at most; at most 100000' }),
          ...ToleranceInput,
        }),
        response: { 201: Type.Object({ planId: Type.String() }) },
      },
      config: { access: PLAN },
    },
    async (request, reply) => {
      const b = request.body;
      const t = tolerance(b);
      await createPlan(ctx, { planId: b.planId, warehouseId: b.warehouseId, locationIds: b.locationIds, itemNumber: b.itemNumber, daysBetweenCounts: b.daysBetweenCounts, maxCounts: b.maxCounts, tolerance: t });
      return reply.status(201).send({ planId: b.planId });
    },
  );

  app.post(
    '/api/v1/cycle-count-plans/:planId/run',
    {
      schema: { tags: TAGS, summary: 'Run a cycle counting plan now', params: Type.Object({ planId: Id() }), response: { 200: Type.Object({ items: Type.Array(WorkView) }) } },
      config: { access: PLAN },
    },
    async (request) => {
      const actor = principalOf(request).name;
      const items = await runCommand(ctx, async ({ trx, now }) => listWork(trx, await runPlan(trx, now, actor, request.params.planId)), { wakes: [] });
      return { items };
    },
  );
}
