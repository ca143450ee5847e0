import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { notFound } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import { PageQuery, pageOf, pageParams, SortQuery } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { redriveDelivery } from '../commands/redrive.js';
import { DeliverySorting, findDelivery, listDeliveries } from '../db/deliveries.js';
import { DeliverySchema, DeliveryStatusSchema, IdParams } from './schemas.js';
import { WEBHOOK_READ, WEBHOOK_WRITE } from './subscription-routes.js';
import { Id, RowId } from '../../../platform/http/schema-types.js';

export function deliveryRoutes(app: App, ctx: AppContext): void {
  const tags = ['webhooks'];

  app.get(
    '/api/v1/webhook-deliveries',
    {
      schema: {
        tags,
        summary: 'Webhook deliveries, newest first (e.g. status=dead for the dead letters)',
        querystring: Type.Object({
          ...PageQuery.properties,
          status: Type.Optional(DeliveryStatusSchema),
          subscriptionId: Type.Optional(RowId()),
          sourceSystemId: Type.Optional(Id({ description: 'The subscription\'s source system' })),
          eventId: Type.Optional(Id()),
          ...SortQuery(DeliverySorting).properties,
        }),
        response: { 200: pageOf(DeliverySchema) },
      },
      config: { access: WEBHOOK_READ },
    },
    async (request) => {
      const { status, subscriptionId, eventId } = request.query;
      const sourceSystemId = scopedSourceSystem(request, request.query.sourceSystemId);
      return listDeliveries(
        ctx.db.kysely,
        {
          ...(status !== undefined ? { status } : {}),
          ...(subscriptionId !== undefined ? { subscriptionId } : {}),
          ...(sourceSystemId !== undefined ? { sourceSystemId } : {}),
          ...(eventId !== undefined ? { eventId } : {}),
        },
        pageParams(request.query),
        { request: request.query, dialect: ctx.db.caps },
      );
    },
  );

  app.post(
    '/api/v1/webhook-deliveries/:id/redrive',
    {
      schema: {
        tags,
        summary: 'Send a dead or failed delivery again, from the first attempt, now',
        params: IdParams,
        response: { 200: DeliverySchema },
      },
      config: { access: WEBHOOK_WRITE },
    },
    async (request) => {
      const id = request.params.id;
      const own = scopedSourceSystem(request, undefined);
      const before = await findDelivery(ctx.db.kysely, id);
      if (!before || (own !== undefined && before.sourceSystemId !== own)) throw notFound('Webhook delivery', id);
      await redriveDelivery(ctx.db.kysely, ctx.clock.now(), id);
      ctx.wake('events');
      const after = await findDelivery(ctx.db.kysely, id);
      if (!after) throw notFound('Webhook delivery', id);
      return after;
    },
  );
}
