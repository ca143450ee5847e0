import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { removeOwnerExternalId } from '../commands/remove-owner-external-id.js';
import { setOwnerExternalId } from '../commands/set-owner-external-id.js';
import { listOwnerExternalIds, ownerExists } from '../db/owner-external-ids.js';
import { notFound } from '../../../platform/errors.js';
import { Id } from '../../../platform/http/schema-types.js';
import type { Access } from '../../../platform/auth/principal.js';

/** As for the owners themselves (master data): every person may read, warehouse managers (and admins) change. */
const READ_USERS = ['warehouse_manager', 'planner', 'integration_operator', 'warehouse_worker'] as const satisfies readonly Access[];
const WRITE = ['warehouse_manager'] as const satisfies readonly Access[];
const idSchema = (description: string) => Id({ maxLength: 64, description });

const ExternalId = Type.Object({
  ownerId: Type.String(),
  sourceSystemId: Type.String(),
  externalOwnerId: Type.String({ description: 'How the source system names the owner' }),
});
const OwnerParams = Type.Object({ ownerId: idSchema('Owner id') });
const MappingParams = Type.Object({ ownerId: idSchema('Owner id'), sourceSystemId: idSchema('Source system id') });
const tags = ['inventory owners'];

/** How each source system names an owner: one external id per source system, unique within it. */
export function ownerExternalIdRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/inventory-owners/:ownerId/source-system-ids',
    {
      schema: {
        tags,
        summary: "An owner's external ids per source system",
        description: 'An integration client sees only its own source system.',
        params: OwnerParams,
        response: { 200: Type.Object({ items: Type.Array(ExternalId) }) },
      },
      config: { access: [...READ_USERS, 'source_system'] },
    },
    async (request) => {
      const { ownerId } = request.params;
      if (!(await ownerExists(ctx.db.kysely, ownerId))) throw notFound('Inventory owner', ownerId);
      return { items: await listOwnerExternalIds(ctx.db.kysely, ownerId, scopedSourceSystem(request, undefined)) };
    },
  );

  app.put(
    '/api/v1/inventory-owners/:ownerId/source-system-ids/:sourceSystemId',
    {
      schema: {
        tags,
        summary: 'Set how a source system names an owner',
        description: '201 when new, 200 when it replaces the previous external id. 409 when the source system already uses the id for another owner.',
        params: MappingParams,
        body: Type.Object({ externalOwnerId: idSchema('The owner id the source system uses') }, { additionalProperties: false }),
        response: { 200: ExternalId, 201: ExternalId },
      },
      config: { access: WRITE },
    },
    async (request, reply) => {
      const { ownerId, sourceSystemId } = request.params;
      const { mapping, created } = await setOwnerExternalId(ctx.db.kysely, ownerId, sourceSystemId, request.body.externalOwnerId);
      return reply.status(created ? 201 : 200).send(mapping);
    },
  );

  app.delete(
    '/api/v1/inventory-owners/:ownerId/source-system-ids/:sourceSystemId',
    {
      schema: { tags, summary: 'Forget how a source system names an owner', params: MappingParams, response: { 204: Type.Null() } },
      config: { access: WRITE },
    },
    async (request, reply) => {
      await removeOwnerExternalId(ctx.db.kysely, request.params.ownerId, request.params.sourceSystemId);
      return reply.status(204).send(null);
    },
  );
}
