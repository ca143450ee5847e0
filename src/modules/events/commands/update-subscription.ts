import { recordAudit, type AuditSource } from '../../../platform/audit/audit-log.js';
import type { Kdb } from '../../../platform/db/database.js';
import { bool, flag, toJson } from '../../../platform/db/json.js';
import { notFound } from '../../../platform/errors.js';
import { findSubscription, type SubscriptionRow } from '../db/subscriptions.js';
import { assertAllowedTarget, type WebhookTargets } from './check-webhook-target.js';
import { assertValidSubscription } from './create-subscription.js';
import { urlOrigin } from '../domain/url-origin.js';
import type { PayloadFormat } from '../domain/payload-formats.js';
import { newTransaction } from '../../../platform/db/transaction.js';

export interface SubscriptionChanges {
  url?: string;
  eventTypes?: string[];
  description?: string;
  active?: boolean;
  payloadFormat?: PayloadFormat;
}

/**
 * Changes a subscription. Deactivating it parks its waiting deliveries as failed (not sent, not lost):
 * after reactivation a redrive sends them. New events are not delivered to an inactive subscription.
 */
export async function updateSubscription(
  db: Kdb,
  now: number,
  id: number,
  changes: SubscriptionChanges,
  deps: { targets: WebhookTargets },
  by: AuditSource,
): Promise<SubscriptionRow> {
  assertValidSubscription(changes);
  // Before the transaction: the check may wait for DNS.
  if (changes.url !== undefined) await assertAllowedTarget(changes.url, deps.targets);
  return newTransaction(db, async (tx) => {
    const current = await findSubscription(tx, id);
    if (!current) throw notFound('Webhook subscription', id);
    await tx
      .updateTable('webhook_subscriptions')
      .set({
        updated_at: now,
        ...(changes.url !== undefined ? { url: changes.url } : {}),
        ...(changes.eventTypes !== undefined ? { event_types: toJson(changes.eventTypes) } : {}),
        ...(changes.description !== undefined ? { description: changes.description } : {}),
        ...(changes.active !== undefined ? { active: bool(changes.active) } : {}),
        ...(changes.payloadFormat !== undefined ? { payload_format: changes.payloadFormat } : {}),
      })
      .where('id', '=', id)
      .execute();
    if (changes.active === false && flag(current.active)) {
      await tx
        .updateTable('webhook_deliveries')
        .set({ status: 'failed', last_error: 'not sent: the subscription was deactivated', updated_at: now })
        .where('subscription_id', '=', id)
        .where('status', '=', 'pending')
        .execute();
    }
    const updated = await findSubscription(tx, id);
    if (!updated) throw notFound('Webhook subscription', id);
    await recordAudit(tx, now, by, {
      action: 'webhook_subscription.updated',
      target: { type: 'webhook_subscription', id },
      detail: {
        changed: Object.keys(changes).filter((k) => changes[k as keyof SubscriptionChanges] !== undefined),
        ...(changes.url !== undefined ? { urlOrigin: { from: urlOrigin(current.url), to: urlOrigin(changes.url) } } : {}),
        ...(changes.eventTypes !== undefined ? { eventTypes: changes.eventTypes } : {}),
        ...(changes.active !== undefined ? { active: changes.active } : {}),
      },
    });
    return updated;
  });
}
