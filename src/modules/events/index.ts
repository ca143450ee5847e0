/**
 * Events: the business event catalog, the outbox every module appends to in its own transaction, the
 * dispatcher (feed positions, webhook deliveries), the webhook sender and the pull feed. The wiring
 * (routes, dispatcher and sender) is in module.ts.
 *
 * Tables: business_events, event_source_positions, event_dispatch_state, event_feed_readers,
 * webhook_subscriptions, webhook_deliveries.
 * Events: none of its own; it carries every module's (catalog.ts, docs/events.md).
 */
import type { AppContext } from '../../platform/context.js';
import type { SecretBox } from '../../platform/crypto/secret-box.js';
import { resealWebhookSecrets } from './commands/reseal-secrets.js';

export { appendEvents, type NewBusinessEvent } from './outbox.js';
export { EVENT_TYPES, isEventType, type EventDefinition, type EventType } from './catalog.js';
export { deadLetterCountsBySourceSystem } from './db/deliveries.js';
export { EventDispatcher, dispatchEvents } from './commands/dispatch-events.js';
export { WebhookSender, type SenderDeps } from './commands/send-webhooks.js';
export { PAYLOAD_FORMATS, type PayloadFormat, type PayloadFormatter, type WebhookEvent } from './domain/payload-formats.js';
export { resealWebhookSecrets, clearExpiredPreviousSecrets, type ResealResult } from './commands/reseal-secrets.js';

/**
 * At start: seals clear-text secrets (written before encryption) and those sealed with a previous key,
 * and says so when some were sealed with a key this process does not have.
 */
export async function sealWebhookSecretsAtStart(ctx: AppContext, secrets: SecretBox): Promise<void> {
  // No subscription, no secret: do not make a key before one is needed.
  const any = await ctx.db.kysely.selectFrom('webhook_subscriptions').select('id').limit(1).executeTakeFirst();
  if (!any) return;
  const result = await resealWebhookSecrets(ctx.db.kysely, secrets);
  if (result.resealed > 0) ctx.log.info({ resealed: result.resealed, keyId: secrets.currentKeyId }, 'webhook secrets sealed with the current key');
  if (result.unreadable.length > 0) {
    ctx.log.error(
      { subscriptions: result.unreadable.map((u) => u.id), keyIds: [...new Set(result.unreadable.map((u) => u.keyId))] },
      'webhook secrets are sealed with a key this process does not have: give every process the same QUAYSIDE_SECRET_KEY (or key file), with the old key in QUAYSIDE_SECRET_KEY_PREVIOUS after a change',
    );
  }
}
