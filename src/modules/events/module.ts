import type { AppContext } from '../../platform/context.js';
import type { SecretBox } from '../../platform/crypto/secret-box.js';
import type { Module } from '../../platform/module.js';
import { parseTargetPolicy } from '../../platform/net/address-policy.js';
import { systemResolver, type HostResolver } from '../../platform/net/outbound-target.js';
import { EventDispatcher } from './commands/dispatch-events.js';
import { WebhookSender } from './commands/send-webhooks.js';
import { deliveryRoutes } from './http/delivery-routes.js';
import { feedRoutes } from './http/feed-routes.js';
import { subscriptionRoutes } from './http/subscription-routes.js';
import { eventsRetentionTasks } from './commands/retention.js';
import { deliveryAttemptCounter, eventsMetrics } from './metrics.js';
import type { PayloadFormat, PayloadFormatter } from './domain/payload-formats.js';

export interface EventsDeps {
  /** Seals and opens webhook signing secrets at rest. */
  secrets: SecretBox;
  /** Looks up receivers' host names (save-time check and every connection); the system's DNS by default. */
  resolve?: HostResolver;
  /** Shapes deliveries of subscriptions that chose another payload format than Quayside's (D365). */
  formatters?: Partial<Record<Exclude<PayloadFormat, 'Quayside'>, PayloadFormatter>>;
}

/**
 * Business events after commit: the dispatcher gives outbox rows their feed position and creates webhook
 * deliveries; the sender POSTs them with retries and dead letters; the pull feed and the webhook admin
 * routes are the HTTP face.
 */
export function eventsModule(ctx: AppContext, deps: EventsDeps): Module {
  const instance = ctx.ids.uuid().slice(0, 8);
  const resolve = deps.resolve ?? systemResolver;
  const targets = { policy: parseTargetPolicy(ctx.config.webhooks.allowedTargets), resolve };
  eventsMetrics(ctx);
  const recordAttempt = deliveryAttemptCounter(ctx);
  return {
    name: 'events',
    retention: eventsRetentionTasks(ctx.config.retention),
    routes: (app) => {
      feedRoutes(app, ctx);
      subscriptionRoutes(app, ctx, { targets, secrets: deps.secrets });
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
        secrets: deps.secrets,
        resolve,
        onSettled: () => ctx.wake('events'),
        ...(deps.formatters ? { formatters: deps.formatters } : {}),
        recordAttempt,
      }),
    ],
  };
}

