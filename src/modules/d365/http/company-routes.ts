import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import type { App } from '../../../platform/http/server.js';
import { Id } from '../../../platform/http/schema-types.js';
import { findSourceSystem, SourceSystemErrors } from '../../source-systems/index.js';
import { companyOf, removeCompany, setCompany } from '../db/companies.js';

const TAGS = ['D365 compatibility'];
const Params = Type.Object({ sourceSystemId: Id() });
const Company = Type.Object({
  sourceSystemId: Type.String(),
  dataAreaId: Type.Union([Type.String(), Type.Null()], { description: 'The D365 company (lower case); null: the source system cannot use /data/' }),
});

/** Which D365 company (dataAreaId) a source system is on the D365-compatible service (/data/). */
export function companyRoutes(app: App, ctx: AppContext): void {
  const existing = async (id: string) => {
    if (!(await findSourceSystem(ctx.db.kysely, id))) {
      throw new DomainError(SourceSystemErrors.sourceSystemNotFound, `Source system '${id}' does not exist`, [{ field: 'sourceSystemId', reason: 'source system does not exist', value: id }]);
    }
  };
  const path = '/api/v1/source-systems/:sourceSystemId/d365-company';

  app.get(path, { schema: { tags: TAGS, summary: "The source system's D365 company on /data/", params: Params, response: { 200: Company } }, config: { access: ['integration_operator'] } }, async (request) => {
    await existing(request.params.sourceSystemId);
    return { sourceSystemId: request.params.sourceSystemId, dataAreaId: (await companyOf(ctx.db.kysely, request.params.sourceSystemId)) ?? null };
  });

  app.put(
    path,
    {
      schema: {
        tags: TAGS,
        summary: 'Set the D365 company (dataAreaId) of a source system',
        description:
          'Messages sent to /data/ must carry this dataAreaId (compared without case), and documents read there show it. ' +
          'Until it is set, the source system cannot send messages to /data/. See docs/d365-compatibility.md.',
        params: Params,
        body: Type.Object({ dataAreaId: Id({ maxLength: 10, description: "D365's company id, e.g. usmf" }) }, { additionalProperties: false }),
        response: { 200: Company },
      },
      config: { access: [] },
    },
    async (request) => {
      await existing(request.params.sourceSystemId);
      await setCompany(ctx.db.kysely, ctx.clock.now(), request.params.sourceSystemId, request.body.dataAreaId);
      return { sourceSystemId: request.params.sourceSystemId, dataAreaId: request.body.dataAreaId.toLowerCase() };
    },
  );

  app.delete(
    path,
    { schema: { tags: TAGS, summary: 'Remove the D365 company of a source system (it can no longer send messages to /data/)', params: Params, response: { 204: Type.Null() } }, config: { access: [] } },
    async (request, reply) => {
      await existing(request.params.sourceSystemId);
      await removeCompany(ctx.db.kysely, request.params.sourceSystemId);
      return reply.status(204).send(null);
    },
  );
}
