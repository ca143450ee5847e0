import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { confinedSourceSystem } from '../../../platform/auth/principal.js';
import { auditSourceOf } from '../../../platform/audit/request-source.js';
import { toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { CommonErrors, DomainError, notFound } from '../../../platform/errors.js';
import { principalOf, scopedSourceSystem } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { createSubscription, type SubscriptionDeps } from '../commands/create-subscription.js';
import { deleteSubscription } from '../commands/delete-subscription.js';
import { redriveSubscription } from '../commands/redrive.js';
import { rotateSecret } from '../commands/rotate-secret.js';
import { updateSubscription } from '../commands/update-subscription.js';
import { findSubscription, listSubscriptions, subscriptionView, type SubscriptionRow } from '../db/subscriptions.js';
import { IdParams, NewSubscriptionBody, SubscriptionPatchBody, SubscriptionSchema, SubscriptionWithSecret } from './schemas.js';
import { Id } from '../../../platform/http/schema-types.js';

export const WEBHOOK_READ = ['integration_operator', 'warehouse_manager', 'source_system'] as const;
export const WEBHOOK_WRITE = ['integration_operator', 'source_system'] as const;

/** The subscription, if the caller may see it: integration clients see only their own (others are "not found"). */
export async function visibleSubscription(ctx: AppContext, request: FastifyRequest, id: number): Promise<SubscriptionRow> {
  const row = await findSubscription(ctx.db.kysely, id);
  const own = confinedSourceSystem(principalOf(request));
  if (!row || (own !== undefined && row.source_system_id !== own)) throw notFound('Webhook subscription', id);
  return row;
}

export function subscriptionRoutes(app: App, ctx: AppContext, deps: SubscriptionDeps): void {
  const tags = ['webhooks'];

  app.get(
    '/api/v1/webhook-subscriptions',
    {
      schema: {
        tags,
        summary: 'Webhook subscriptions (never the secrets)',
        querystring: Type.Object({ sourceSystemId: Type.Optional(Id()) }),
        response: { 200: Type.Object({ items: Type.Array(SubscriptionSchema) }) },
      },
      config: { access: WEBHOOK_READ },
    },
    async (request) => {
      const sourceSystemId = scopedSourceSystem(request, request.query.sourceSystemId);
      const rows = await listSubscriptions(ctx.db.kysely, sourceSystemId === undefined ? {} : { sourceSystemId });
      const now = ctx.clock.now();
      return { items: rows.map((r) => subscriptionView(r, now)) };
    },
  );

  app.post(
    '/api/v1/webhook-subscriptions',
    {
      schema: {
        tags,
        summary: 'Subscribe a URL to business events; the signing secret is in the response',
        description:
          'Deliveries are POSTs signed the Standard Webhooks way with the returned secret. Integration clients subscribe ' +
          'to their own source system\'s events only; users may subscribe to one source system or (sourceSystemId null) all. ' +
          'The URL must reach a public address: loopback, private, link-local and metadata addresses are refused ' +
          '(EVENTS.WEBHOOK_TARGET_REFUSED) unless the webhooks.allowedTargets setting allows them.',
        body: NewSubscriptionBody,
        response: { 201: SubscriptionWithSecret },
      },
      config: { access: WEBHOOK_WRITE },
    },
    async (request, reply) => {
      const body = request.body;
      const own = confinedSourceSystem(principalOf(request));
      if (own !== undefined && body.sourceSystemId === null) {
        throw new DomainError(CommonErrors.forbidden, `This key belongs to source system '${own}' and may not subscribe to every source system`, [
          { field: 'sourceSystemId', reason: 'must be your own source system', value: null },
        ]);
      }
      const sourceSystemId = scopedSourceSystem(request, body.sourceSystemId ?? undefined) ?? null;
      const now = ctx.clock.now();
      const { row, secret } = await createSubscription(
        ctx.db.kysely,
        ctx.ids,
        now,
        {
          url: body.url,
          eventTypes: body.eventTypes,
          sourceSystemId,
          ...(body.description !== undefined ? { description: body.description } : {}),
          ...(body.active !== undefined ? { active: body.active } : {}),
          ...(body.payloadFormat !== undefined ? { payloadFormat: body.payloadFormat } : {}),
        },
        // An integration key is proof enough that its source system exists.
        { checkSourceSystem: own === undefined, by: auditSourceOf(request), ...deps },
      );
      return reply.status(201).send({ ...subscriptionView(row, now), secret });
    },
  );

  app.get(
    '/api/v1/webhook-subscriptions/:id',
    { schema: { tags, summary: 'One webhook subscription', params: IdParams, response: { 200: SubscriptionSchema } }, config: { access: WEBHOOK_READ } },
    async (request) => subscriptionView(await visibleSubscription(ctx, request, request.params.id), ctx.clock.now()),
  );

  app.patch(
    '/api/v1/webhook-subscriptions/:id',
    {
      schema: {
        tags,
        summary: 'Change the URL, event types or description, or switch a subscription on or off',
        description: 'Switching off parks waiting deliveries as `failed`; after switching on again, redrive them.',
        params: IdParams,
        body: SubscriptionPatchBody,
        response: { 200: SubscriptionSchema },
      },
      config: { access: WEBHOOK_WRITE },
    },
    async (request) => {
      await visibleSubscription(ctx, request, request.params.id);
      const now = ctx.clock.now();
      const row = await updateSubscription(ctx.db.kysely, now, request.params.id, request.body, deps, auditSourceOf(request));
      return subscriptionView(row, now);
    },
  );

  app.delete(
    '/api/v1/webhook-subscriptions/:id',
    {
      schema: { tags, summary: 'Delete a subscription and its delivery history', params: IdParams, response: { 204: Type.Null() } },
      config: { access: WEBHOOK_WRITE },
    },
    async (request, reply) => {
      const row = await visibleSubscription(ctx, request, request.params.id);
      await deleteSubscription(ctx, row, auditSourceOf(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/webhook-subscriptions/:id/rotate-secret',
    {
      schema: {
        tags,
        summary: 'Make a new signing secret and return it',
        description: 'For 24 hours deliveries carry two signatures, one with the new and one with the old secret, so the receiver can switch over without losing events.',
        params: IdParams,
        response: {
          200: Type.Object({ id: Type.Integer(), secret: Type.String(), previousSecretExpiresAt: Type.String({ format: 'date-time' }) }),
        },
      },
      config: { access: WEBHOOK_WRITE },
    },
    async (request) => {
      await visibleSubscription(ctx, request, request.params.id);
      const rotated = await rotateSecret(ctx.db.kysely, ctx.ids, ctx.clock.now(), request.params.id, deps.secrets, auditSourceOf(request));
      return { id: request.params.id, secret: rotated.secret, previousSecretExpiresAt: toIso(rotated.previousSecretExpiresAt) ?? '' };
    },
  );

  app.post(
    '/api/v1/webhook-subscriptions/:id/redrive-dead',
    {
      schema: {
        tags,
        summary: 'Send every dead delivery of a subscription again',
        description: 'Dead deliveries go back to pending with their attempts reset and are sent at once. `includeFailed` also redrives deliveries parked while the subscription was switched off.',
        params: IdParams,
        querystring: Type.Object({ includeFailed: Type.Optional(Type.Boolean({ default: false })) }),
        response: { 200: Type.Object({ redriven: Type.Integer() }) },
      },
      config: { access: WEBHOOK_WRITE },
    },
    async (request) => {
      await visibleSubscription(ctx, request, request.params.id);
      const redriven = await redriveSubscription(ctx.db.kysely, ctx.clock.now(), request.params.id, request.query.includeFailed ?? false);
      if (redriven > 0) ctx.wake('events');
      return { redriven };
    },
  );
}
