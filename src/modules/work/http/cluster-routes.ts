import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import type { App } from '../../../platform/http/server.js';
import { Id, List, Text } from '../../../platform/http/schema-types.js';
import { createCluster, putCluster } from '../commands/clusters.js';
import type { WorkHooks } from '../commands/work-hooks.js';
import { clusterView } from '../db/cluster-views.js';
import { WorkErrors } from '../errors.js';
import { nullable, OperationId } from './schemas.js';
import { workerOf } from './work-routes.js';

const TAGS = ['work'];
const READ = ['warehouse_worker', 'warehouse_manager', 'planner'] as const;
const EXECUTE = ['warehouse_worker', 'warehouse_manager'] as const;

const Cluster = Type.Object({
  clusterId: Type.String(),
  warehouseId: Type.String(),
  workerId: Type.String(),
  status: Type.String({ description: 'InProcess or Closed' }),
  createdAt: Type.String(),
  closedAt: nullable(Type.String()),
  members: Type.Array(
    Type.Object({ workId: Type.String(), position: Type.Integer(), targetLicensePlateId: Type.String(), status: Type.String(), referenceType: Type.String(), referenceId: Type.String() }),
  ),
  lines: Type.Array(
    Type.Object({
      workId: Type.String(),
      lineNumber: Type.Integer(),
      lineType: Type.String(),
      itemNumber: Type.String(),
      locationId: Type.String(),
      quantity: Type.Number(),
      handledQuantity: Type.Number(),
      unitSymbol: Type.String(),
      status: Type.String(),
      targetLicensePlateId: Type.String({ description: 'The license plate (tote) this line is picked into' }),
    }),
    { description: 'Picks first, in location order (one trip), then the puts' },
  ),
});
const Params = Type.Object({ clusterId: Id() });

/** Cluster picking: one trip that picks several pieces of pick work, each into its own license plate. */
export function clusterRoutes(app: App, ctx: AppContext, hooks: WorkHooks): void {
  app.post(
    '/api/v1/work-clusters',
    {
      schema: {
        tags: TAGS,
        summary: 'Cluster picking: take several pieces of pick work (e.g. one per shipment) for one trip, each picked into its own target license plate',
        body: Type.Object({
          operationId: OperationId,
          members: List(Type.Object({ workId: Id(), targetLicensePlateId: Id({ description: 'The tote or license plate this work is picked into' }) }), { minItems: 2, maxItems: 20 }),
          workerId: Type.Optional(Id({ description: 'Managers only: for this worker' })),
        }),
        response: { 201: Cluster },
      },
      config: { access: EXECUTE },
    },
    async (request, reply) => {
      const b = request.body;
      return reply.status(201).send(await createCluster(ctx, { operationId: b.operationId, members: b.members, workerId: workerOf(request, b.workerId) }));
    },
  );

  app.get(
    '/api/v1/work-clusters/:clusterId',
    { schema: { tags: TAGS, summary: 'A work cluster with its members and lines', params: Params, response: { 200: Cluster } }, config: { access: READ } },
    async (request) => {
      const found = await clusterView(ctx.db.kysely, request.params.clusterId);
      if (!found) throw new DomainError(WorkErrors.clusterNotFound, `Work cluster '${request.params.clusterId}' does not exist`);
      return found;
    },
  );

  app.post(
    '/api/v1/work-clusters/:clusterId/put',
    {
      schema: {
        tags: TAGS,
        summary: "The cluster's one put: every member's picked stock to its put location, each on its own license plate",
        params: Params,
        body: Type.Object({
          operationId: OperationId,
          locationId: Type.Optional(Id({ description: 'Put here instead of the suggested location' })),
          reason: Type.Optional(Text(500, { minLength: 1, description: 'Why the suggested location was overridden' })),
          workerId: Type.Optional(Id({ description: 'Managers only: for this worker' })),
        }),
        response: { 200: Cluster },
      },
      config: { access: EXECUTE },
    },
    async (request) => {
      const b = request.body;
      return putCluster(ctx, { clusterId: request.params.clusterId, workerId: workerOf(request, b.workerId), operationId: b.operationId, locationId: b.locationId, reason: b.reason }, hooks);
    },
  );
}
