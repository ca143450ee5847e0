import { Counter } from 'prom-client';
import type { AppContext } from '../../platform/context.js';
import { ageSeconds, dbGauges } from '../../platform/metrics/registry.js';
import { deadLetterCountsBySourceSystem } from './db/deliveries.js';

/** The label of webhook subscriptions of no source system (admin subscriptions, for every source system). */
export const ADMIN_SUBSCRIPTIONS_LABEL = '(admin)';

/** Delivery statuses counted; delivered ones are the history and grow until retention. */
const WAITING_STATUSES = ['pending', 'in_flight', 'failed', 'dead'] as const;

export type DeliveryOutcome = 'delivered' | 'retry' | 'dead';

/** Counts each attempt this process made, by what came of it. */
export function deliveryAttemptCounter(ctx: AppContext): (outcome: DeliveryOutcome) => void {
  const attempts = new Counter({
    name: 'quayside_webhook_delivery_attempts_total',
    help: 'Webhook delivery attempts made by this process, by outcome: delivered, retry (failed, will be tried again) or dead (failed the last attempt).',
    labelNames: ['outcome'],
    registers: [ctx.metrics],
  });
  for (const outcome of ['delivered', 'retry', 'dead'] as const) attempts.inc({ outcome }, 0);
  return (outcome) => attempts.inc({ outcome });
}

/**
 * The event outbox's lag (events the dispatcher has not yet given a feed position and deliveries) and the
 * webhook deliveries that are not delivered, with dead letters per source system. The outbox is read through
 * its partial index of undispatched events, deliveries through their (status, next attempt) index. The
 * queries of a group run one after the other, so that a scrape holds few of the pool's connections.
 */
export function eventsMetrics(ctx: AppContext): void {
  const db = ctx.db.kysely;
  dbGauges(
    ctx.metrics,
    ctx.log,
    async () => {
      const now = ctx.clock.now();
      const count = await db.selectFrom('business_events').select((eb) => eb.fn.countAll<number>().as('n')).where('feed_seq', 'is', null).executeTakeFirstOrThrow();
      const oldest = await db.selectFrom('business_events').select('occurred_at').where('feed_seq', 'is', null).orderBy('id').limit(1).executeTakeFirst();
      return { undispatched: Number(count.n), oldestAge: ageSeconds(now, oldest?.occurred_at) };
    },
    [
      {
        name: 'quayside_event_outbox_undispatched',
        help: 'Business events committed but not yet dispatched (given a feed position and their webhook deliveries).',
        samples: (d) => [{ value: d.undispatched }],
      },
      {
        name: 'quayside_event_outbox_oldest_age_seconds',
        help: 'Age of the oldest undispatched business event (0: none is waiting).',
        samples: (d) => [{ value: d.oldestAge }],
      },
    ],
  );

  dbGauges(
    ctx.metrics,
    ctx.log,
    async () => {
      const now = ctx.clock.now();
      const byStatus = await db
        .selectFrom('webhook_deliveries')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('status', 'in', WAITING_STATUSES)
        .groupBy('status')
        .execute();
      const oldestPending = await db
        .selectFrom('webhook_deliveries')
        .select((eb) => eb.fn.min('created_at').as('at'))
        .where('status', 'in', ['pending', 'in_flight'])
        .executeTakeFirst();
      const dead = await deadLetterCountsBySourceSystem(db);
      const subscribers = await db.selectFrom('webhook_subscriptions').select('source_system_id').distinct().execute();
      const deadBySource = new Map<string, number>(subscribers.map((s) => [s.source_system_id ?? ADMIN_SUBSCRIPTIONS_LABEL, 0]));
      for (const [source, n] of dead) deadBySource.set(source ?? ADMIN_SUBSCRIPTIONS_LABEL, n);
      const statuses = new Map<string, number>(WAITING_STATUSES.map((s) => [s, 0]));
      for (const r of byStatus) statuses.set(r.status, Number(r.n));
      return { statuses, oldestPendingAge: ageSeconds(now, oldestPending?.at), deadBySource };
    },
    [
      {
        name: 'quayside_webhook_deliveries',
        help: 'Webhook deliveries not delivered, by status: pending (waiting for an attempt or a retry), in_flight, failed (subscription switched off) and dead (attempts used up).',
        labelNames: ['status'],
        samples: (d) => [...d.statuses].map(([status, n]) => ({ labels: { status }, value: n })),
      },
      {
        name: 'quayside_webhook_oldest_pending_age_seconds',
        help: 'Age of the oldest webhook delivery still to be made (pending or in flight), from when its event was dispatched (0: none).',
        samples: (d) => [{ value: d.oldestPendingAge }],
      },
      {
        name: 'quayside_webhook_dead_letters',
        help: `Dead-lettered webhook deliveries by the subscription's source system (${ADMIN_SUBSCRIPTIONS_LABEL}: subscriptions of no source system); they stay until redriven or their subscription is deleted.`,
        labelNames: ['source_system'],
        samples: (d) => [...d.deadBySource].map(([source, n]) => ({ labels: { source_system: source }, value: n })),
      },
    ],
  );
}
