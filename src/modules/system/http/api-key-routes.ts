import { Type } from 'typebox';
import { USER_ROLES } from '../../../platform/auth/principal.js';
import { auditSourceOf } from '../../../platform/audit/request-source.js';
import { toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import type { App } from '../../../platform/http/server.js';
import { DateTime, Id, RowId } from '../../../platform/http/schema-types.js';
import { issueApiKey, MAX_KEY_LIFETIME_DAYS, revokeApiKey } from '../commands/api-keys.js';

const KeyView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  prefix: Type.String(),
  kind: Type.String(),
  role: Type.Union([Type.String(), Type.Null()]),
  sourceSystemId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'From this instant the key is refused like an unknown key; null for a key without an end' }),
});

const ExpiresAt = Type.Optional(
  DateTime({ description: `When the key stops working: in the future, at most ${String(MAX_KEY_LIFETIME_DAYS)} days (3 years) ahead. Without it the key works until revoked.` }),
);

const NewKey = Type.Union([
  Type.Object(
    { name: Type.String({ minLength: 1, maxLength: 100 }), role: Type.Enum(USER_ROLES), expiresAt: ExpiresAt },
    { additionalProperties: false },
  ),
  Type.Object(
    { name: Type.String({ minLength: 1, maxLength: 100 }), sourceSystemId: Id(), expiresAt: ExpiresAt },
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
          expiresAt: toIso(r.expires_at),
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
        description:
          'Give `role` for a person, or `sourceSystemId` for an integration client confined to that source system. ' +
          `With \`expiresAt\` (in the future, at most ${String(MAX_KEY_LIFETIME_DAYS)} days ahead) the key is refused from then on, with the 401 an unknown key gets.`,
        body: NewKey,
        response: { 201: Type.Object({ id: Type.Integer(), key: Type.String(), prefix: Type.String(), expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]) }) },
      },
      config: { access: [] },
    },
    async (request, reply) => reply.status(201).send(await issueApiKey(ctx, request.body, auditSourceOf(request))),
  );

  app.delete(
    '/api/v1/api-keys/:id',
    { schema: { tags: ['security'], summary: 'Revoke an API key', params: Type.Object({ id: RowId() }), response: { 204: Type.Null() } }, config: { access: [] } },
    async (request, reply) => {
      await revokeApiKey(ctx, request.params.id, auditSourceOf(request));
      return reply.status(204).send(null);
    },
  );
}
