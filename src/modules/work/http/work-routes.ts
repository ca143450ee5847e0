import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { principalOf } from '../../../platform/http/auth.js';
import { containsText, fetchPage, orderRows, pageOf, pageParams, PageQuery, SearchText, SortQuery, sorting, textSort } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { parseQty } from '../../../platform/quantity.js';
import { invalid } from '../../../platform/errors.js';
import { cancelWork, confirmWorkLine, takeWork } from '../commands/execute-work.js';
import { putAll } from '../commands/group-put.js';
import type { WorkHooks } from '../commands/work-hooks.js';
import { findDescribedWork, workHeaderView } from '../db/work-views.js';
import { WorkErrors } from '../errors.js';
import { DescribedWork, OperationId, Work, WorkStatusSchema, WorkSummary, WorkTypeSchema } from './schemas.js';
import { Id, LineNumber, Quantity, Text } from '../../../platform/http/schema-types.js';

const TAGS = ['work'];
const READ = ['warehouse_worker', 'warehouse_manager', 'planner'] as const;
const EXECUTE = ['warehouse_worker', 'warehouse_manager'] as const;
const Params = Type.Object({ workId: Id() });

const WorkSorting = sorting({
  fields: {
    workId: textSort('work_id'),
    workType: textSort('work_type'),
    warehouseId: textSort('warehouse_id'),
    status: textSort('status'),
    workTemplateId: textSort('template_id'),
    referenceType: textSort('reference_type'),
    referenceId: textSort('reference_id'),
    sourceSystemId: textSort('source_system_id'),
    assignedWorker: textSort('assigned_worker'),
    createdAt: 'created_at',
    updatedAt: 'updated_at',
    startedAt: 'started_at',
    closedAt: 'closed_at',
  },
  default: { sort: 'createdAt', order: 'asc' },
  tiebreak: textSort('work_id'),
});

/** The worker is the caller's key name unless a manager acts for someone (workerId in the body). */
export function workerOf(request: FastifyRequest, requested: string | undefined): string {
  const p = principalOf(request);
  if (requested !== undefined && p.kind === 'user' && (p.role === 'admin' || p.role === 'warehouse_manager')) return requested;
  return p.name;
}

export function workRoutes(app: App, ctx: AppContext, hooks: WorkHooks): void {
  app.get(
    '/api/v1/work',
    {
      schema: {
        tags: TAGS,
        summary: 'Warehouse work, oldest first (the queue a worker takes from)',
        querystring: Type.Intersect([
          PageQuery,
          Type.Object({
            warehouseId: Type.Optional(Id()),
            workType: Type.Optional(WorkTypeSchema),
            status: Type.Optional(WorkStatusSchema),
            referenceType: Type.Optional(Id()),
            referenceId: Type.Optional(Id()),
            assignedWorker: Type.Optional(Id({ maxLength: 200 })),
            sourceSystemId: Type.Optional(Id()),
            q: Type.Optional(SearchText('Work id or reference id contains')),
          }),
          SortQuery(WorkSorting),
        ]),
        response: { 200: pageOf(WorkSummary) },
      },
      config: { access: READ },
    },
    async (request) => {
      const q = request.query;
      const { limit, offset } = pageParams(q);
      let query = ctx.db.kysely.selectFrom('work_headers');
      if (q.warehouseId) query = query.where('warehouse_id', '=', q.warehouseId);
      if (q.workType) query = query.where('work_type', '=', q.workType);
      if (q.status) query = query.where('status', '=', q.status);
      if (q.referenceType) query = query.where('reference_type', '=', q.referenceType);
      if (q.referenceId) query = query.where('reference_id', '=', q.referenceId);
      if (q.assignedWorker) query = query.where('assigned_worker', '=', q.assignedWorker);
      if (q.sourceSystemId) query = query.where('source_system_id', '=', q.sourceSystemId);
      if (q.q) query = query.where(containsText(['work_id', 'reference_id'], q.q));
      return fetchPage(query, { limit, offset }, (rows) => orderRows(rows.selectAll(), WorkSorting, q, ctx.db.caps), workHeaderView);
    },
  );

  app.get(
    '/api/v1/work/:workId',
    { schema: { tags: TAGS, summary: 'One piece of work with its lines, each with its item name and the order it serves', params: Params, response: { 200: DescribedWork } }, config: { access: READ } },
    async (request) => {
      const work = await findDescribedWork(ctx.db.kysely, hooks, request.params.workId);
      if (!work) throw new DomainError(WorkErrors.workNotFound, `Work '${request.params.workId}' does not exist`);
      return work;
    },
  );

  app.post(
    '/api/v1/work/:workId/take',
    {
      schema: {
        tags: TAGS,
        summary: 'Take (assign) work: it becomes In process for the calling worker',
        params: Params,
        body: Type.Object({ operationId: OperationId, workerId: Type.Optional(Id({ description: 'Managers only: assign to this worker' })) }),
        response: { 200: Work },
      },
      config: { access: EXECUTE },
    },
    async (request) => takeWork(ctx, { workId: request.params.workId, workerId: workerOf(request, request.body.workerId), operationId: request.body.operationId }),
  );

  app.post(
    '/api/v1/work/:workId/lines/:lineNumber/confirm',
    {
      schema: {
        tags: TAGS,
        summary: 'Confirm a pick line (stock leaves its location) or a put line (stock arrives at the suggested or an overriding location)',
        params: Type.Object({ workId: Id(), lineNumber: LineNumber() }),
        body: Type.Object({
          operationId: OperationId,
          quantity: Type.Optional(Quantity({ description: 'Default: the whole open quantity of the line' })),
          locationId: Type.Optional(Id({ description: 'Put lines: put here instead of the suggested location' })),
          reason: Type.Optional(Text(500, { minLength: 1, description: 'Why the suggested location was overridden' })),
          workerId: Type.Optional(Id({ description: 'Managers only: confirm for this worker' })),
        }),
        response: { 200: Work },
      },
      config: { access: EXECUTE },
    },
    async (request) => {
      const b = request.body;
      const qty = b.quantity === undefined ? undefined : parseQty(b.quantity);
      if (qty === undefined && b.quantity !== undefined) throw invalid('quantity', 'more decimals than supported', b.quantity);
      const input = {
        workId: request.params.workId,
        lineNumber: request.params.lineNumber,
        workerId: workerOf(request, b.workerId),
        operationId: b.operationId,
        qty,
        locationId: b.locationId,
        reason: b.reason,
      };
      return confirmWorkLine(ctx, input, hooks);
    },
  );

  app.post(
    '/api/v1/work/:workId/put-all',
    {
      schema: {
        tags: TAGS,
        summary: 'Pick-pick-put: put everything picked so far in one step (each open put line with picked stock, one operation)',
        params: Params,
        body: Type.Object({
          operationId: OperationId,
          locationId: Type.Optional(Id({ description: 'Put here instead of the suggested location' })),
          reason: Type.Optional(Text(500, { minLength: 1, description: 'Why the suggested location was overridden' })),
          workerId: Type.Optional(Id({ description: 'Managers only: put for this worker' })),
        }),
        response: { 200: Work },
      },
      config: { access: EXECUTE },
    },
    async (request) => {
      const b = request.body;
      return putAll(ctx, { workId: request.params.workId, workerId: workerOf(request, b.workerId), operationId: b.operationId, locationId: b.locationId, reason: b.reason }, hooks);
    },
  );

  app.post(
    '/api/v1/work/:workId/cancel',
    {
      schema: {
        tags: TAGS,
        summary: 'Cancel work that has not moved any stock yet',
        params: Params,
        body: Type.Object({ operationId: Type.Optional(OperationId), reason: Type.Optional(Text(500)) }),
        response: { 200: Work },
      },
      config: { access: ['warehouse_manager'] },
    },
    async (request) => cancelWork(ctx, { workId: request.params.workId, reason: request.body.reason ?? null, operationId: request.body.operationId }, hooks),
  );
}
