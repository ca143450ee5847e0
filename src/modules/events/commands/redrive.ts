import type { Executor } from '../../../platform/db/database.js';
import { flag } from '../../../platform/db/json.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { REDRIVABLE, isRedrivable, type DeliveryStatus } from '../domain/delivery-status.js';
import { EventsErrors } from '../errors.js';
import { findSubscription } from '../db/subscriptions.js';

const backToPending = (now: number) => ({ status: 'pending', attempts: 0, next_attempt_at: now, updated_at: now });

/** Sends a dead or failed delivery again from the first attempt, right away. */
export async function redriveDelivery(db: Executor, now: number, id: number): Promise<void> {
  const delivery = await db.selectFrom('webhook_deliveries').select(['id', 'status', 'subscription_id']).where('id', '=', id).executeTakeFirst();
  if (!delivery) throw notFound('Webhook delivery', id);
  if (!isRedrivable(delivery.status)) {
    throw new DomainError(EventsErrors.deliveryNotRedrivable, `Delivery ${id} is ${delivery.status}; only dead or failed deliveries can be redriven`, [
      { field: 'status', reason: 'is not dead or failed', value: delivery.status },
    ]);
  }
  const subscription = await findSubscription(db, delivery.subscription_id);
  if (!subscription || !flag(subscription.active)) {
    throw new DomainError(EventsErrors.subscriptionInactive, `Webhook subscription ${delivery.subscription_id} is not active; activate it first`);
  }
  // Guarded: if someone else redrove it in between, the outcome the caller wanted holds anyway.
  await db
    .updateTable('webhook_deliveries')
    .set(backToPending(now))
    .where('id', '=', id)
    .where('status', 'in', [...REDRIVABLE])
    .execute();
}

/** Redrives every dead delivery of a subscription (and failed ones when asked); returns how many. */
export async function redriveSubscription(db: Executor, now: number, subscriptionId: number, includeFailed: boolean): Promise<number> {
  const subscription = await findSubscription(db, subscriptionId);
  if (!subscription) throw notFound('Webhook subscription', subscriptionId);
  if (!flag(subscription.active)) {
    throw new DomainError(EventsErrors.subscriptionInactive, `Webhook subscription ${subscriptionId} is not active; activate it first`);
  }
  const statuses: DeliveryStatus[] = includeFailed ? ['dead', 'failed'] : ['dead'];
  const result = await db
    .updateTable('webhook_deliveries')
    .set(backToPending(now))
    .where('subscription_id', '=', subscriptionId)
    .where('status', 'in', statuses)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
