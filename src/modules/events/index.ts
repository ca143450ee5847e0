import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { EventDispatcher } from './commands/dispatch-events.js';
import { WebhookSender } from './commands/send-webhooks.js';
import { deliveryRoutes } from './http/delivery-routes.js';
import { feedRoutes } from './http/feed-routes.js';
import { subscriptionRoutes } from './http/subscription-routes.js';
import { eventsRetentionTasks } from './commands/retention.js';

export { appendEvents, type NewBusinessEvent } from './outbox.js';
export { EVENT_TYPES, isEventType, type EventDefinition, type EventType } from './catalog.js';
export { deadLetterCountsBySourceSystem } from './db/deliveries.js';
export { EventDispatcher, dispatchEvents } from './commands/dispatch-events.js';
export { WebhookSender, type SenderDeps } from './commands/send-webhooks.js';

/**
 * Business events after commit: the dispatcher gives outbox rows their feed position and creates webhook
 * deliveries; the sender POSTs them with retries and dead letters; the pull feed and the webhook admin
 * routes are the HTTP face.
 */
export function eventsModule(ctx: AppContext): Module {
  const instance = ctx.ids.uuid().slice(0, 8);
  return {
    name: 'events',
    retention: eventsRetentionTasks(ctx.config.retention),
    routes: (app) => {
      feedRoutes(app, ctx);
      subscriptionRoutes(app, ctx);
      deliveryRoutes(app, ctx);
    },
    pollers: [
      new EventDispatcher({ db: ctx.db, clock: ctx.clock, log: ctx.log, dispatcherId: `dispatcher:${instance}`, onDispatched: () => ctx.wake('events') }),
      new WebhookSender({
        db: ctx.db,
        clock: ctx.clock,
        log: ctx.log,
        webhooks: ctx.config.webhooks,
        workerId: `webhooks:${instance}`,
        leaseMs: ctx.config.worker.leaseMs,
      }),
    ],
  };
}
