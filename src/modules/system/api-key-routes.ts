import { Type } from 'typebox';
import { createApiKey } from '../../platform/auth/api-keys.js';
import { USER_ROLES } from '../../platform/auth/principal.js';
import { toIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { CommonErrors, DomainError, notFound } from '../../platform/errors.js';
import type { App } from '../../platform/http/server.js';
import { Id, RowId } from '../../platform/http/schema-types.js';

const KeyView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  prefix: Type.String(),
  kind: Type.String(),
  role: Type.Union([Type.String(), Type.Null()]),
  sourceSystemId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});

const NewKey = Type.Union([
  Type.Object(
    { name: Type.String({ minLength: 1, maxLength: 100 }), role: Type.Enum(USER_ROLES) },
    { additionalProperties: false },
  ),
  Type.Object(
    { name: Type.String({ minLength: 1, maxLength: 100 }), sourceSystemId: Id() },
    { additionalProperties: false },
  ),
]);

/** API keys for people (with a role) and for integration clients (bound to one source system). Admin only. */
export function apiKeyRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/api-keys',
    { schema: { tags: ['security'], summary: 'API keys (never the secrets)', response: { 200: Type.Object({ items: Type.Array(KeyView) }) } }, config: { access: [] } },
    async () => {
      const rows = await ctx.db.kysely.selectFrom('api_keys').selectAll().orderBy('id').execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          prefix: r.key_prefix,
          kind: r.kind,
          role: r.role,
          sourceSystemId: r.source_system_id,
          createdAt: toIso(r.created_at),
          revokedAt: toIso(r.revoked_at),
        })),
      };
    },
  );

  app.post(
    '/api/v1/api-keys',
    {
      schema: {
        tags: ['security'],
        summary: 'Create an API key; the secret is shown once in the response',
        description: 'Give `role` for a person, or `sourceSystemId` for an integration client confined to that source system.',
        body: NewKey,
        response: { 201: Type.Object({ id: Type.Integer(), key: Type.String(), prefix: Type.String() }) },
      },
      config: { access: [] },
    },
    async (request, reply) => {
      const body = request.body;
      if ('sourceSystemId' in body) {
        const exists = await ctx.db.kysely.selectFrom('source_systems').select('source_system_id').where('source_system_id', '=', body.sourceSystemId).executeTakeFirst();
        if (!exists) {
          throw new DomainError(CommonErrors.referenceMissing, `Source system '${body.sourceSystemId}' does not exist`, [
            { field: 'sourceSystemId', reason: 'source system does not exist', value: body.sourceSystemId },
          ]);
        }
      }
      const created = await createApiKey(
        ctx.db.kysely,
        ctx.ids,
        ctx.clock.now(),
        body.name,
        'sourceSystemId' in body ? { kind: 'source_system', sourceSystemId: body.sourceSystemId } : { kind: 'user', role: body.role },
      );
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/v1/api-keys/:id',
    { schema: { tags: ['security'], summary: 'Revoke an API key', params: Type.Object({ id: RowId() }), response: { 204: Type.Null() } }, config: { access: [] } },
    async (request, reply) => {
      const result = await ctx.db.kysely
        .updateTable('api_keys')
        .set({ revoked_at: ctx.clock.now() })
        .where('id', '=', request.params.id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw notFound('API key', request.params.id);
      return reply.status(204).send(null);
    },
  );
}
