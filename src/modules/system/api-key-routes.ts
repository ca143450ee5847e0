import { Type } from 'typebox';
import { createApiKey } from '../../platform/auth/api-keys.js';
import { USER_ROLES } from '../../platform/auth/principal.js';
import { recordAudit } from '../../platform/audit/audit-log.js';
import { auditSourceOf } from '../../platform/audit/request-source.js';
import { fromIso, toIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { CommonErrors, DomainError, invalid, notFound } from '../../platform/errors.js';
import type { App } from '../../platform/http/server.js';
import { DateTime, Id, RowId } from '../../platform/http/schema-types.js';

/** A key's end may be set at most this far ahead: a key meant to live longer is one nobody reviews. */
export const MAX_KEY_LIFETIME_DAYS = 1096;
const DAY_MS = 86_400_000;

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

function keyEnd(expiresAt: string | undefined, now: number): number | null {
  if (expiresAt === undefined) return null;
  const at = fromIso(expiresAt);
  if (at === null) throw invalid('expiresAt', 'must be a date and time', expiresAt);
  if (at <= now) throw invalid('expiresAt', 'must be in the future', expiresAt);
  if (at > now + MAX_KEY_LIFETIME_DAYS * DAY_MS) throw invalid('expiresAt', `must be at most ${String(MAX_KEY_LIFETIME_DAYS)} days (3 years) ahead`, expiresAt);
  return at;
}

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
    async (request, reply) => {
      const body = request.body;
      const now = ctx.clock.now();
      const expiresAt = keyEnd(body.expiresAt, now);
      if ('sourceSystemId' in body) {
        const exists = await ctx.db.kysely.selectFrom('source_systems').select('source_system_id').where('source_system_id', '=', body.sourceSystemId).executeTakeFirst();
        if (!exists) {
          throw new DomainError(CommonErrors.referenceMissing, `Source system '${body.sourceSystemId}' does not exist`, [
            { field: 'sourceSystemId', reason: 'source system does not exist', value: body.sourceSystemId },
          ]);
        }
      }
      const subject = 'sourceSystemId' in body ? { kind: 'source_system' as const, sourceSystemId: body.sourceSystemId } : { kind: 'user' as const, role: body.role };
      const created = await ctx.db.kysely.transaction().execute(async (trx) => {
        const key = await createApiKey(trx, ctx.ids, now, body.name, subject, expiresAt);
        await recordAudit(trx, now, auditSourceOf(request), {
          action: 'api_key.created',
          target: { type: 'api_key', id: key.id },
          detail: { name: body.name, prefix: key.prefix, ...(subject.kind === 'user' ? { role: subject.role } : { sourceSystemId: subject.sourceSystemId }), expiresAt: toIso(expiresAt) },
        });
        return key;
      });
      return reply.status(201).send({ ...created, expiresAt: toIso(expiresAt) });
    },
  );

  app.delete(
    '/api/v1/api-keys/:id',
    { schema: { tags: ['security'], summary: 'Revoke an API key', params: Type.Object({ id: RowId() }), response: { 204: Type.Null() } }, config: { access: [] } },
    async (request, reply) => {
      const now = ctx.clock.now();
      await ctx.db.kysely.transaction().execute(async (trx) => {
        const revoked = await trx
          .updateTable('api_keys')
          .set({ revoked_at: now })
          .where('id', '=', request.params.id)
          .where('revoked_at', 'is', null)
          .returning(['id', 'name', 'key_prefix'])
          .executeTakeFirst();
        if (!revoked) throw notFound('API key', request.params.id);
        await recordAudit(trx, now, auditSourceOf(request), { action: 'api_key.revoked', target: { type: 'api_key', id: revoked.id }, detail: { name: revoked.name, prefix: revoked.key_prefix } });
      });
      return reply.status(204).send(null);
    },
  );
}
