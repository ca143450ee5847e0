import { recordAudit, type AuditSource } from '../../../platform/audit/audit-log.js';
import type { SecretBox } from '../../../platform/crypto/secret-box.js';
import type { Kdb } from '../../../platform/db/database.js';
import { bool, toJson } from '../../../platform/db/json.js';
import { DomainError, missingReference } from '../../../platform/errors.js';
import type { IdGenerator } from '../../../platform/ids.js';
import { EventsErrors } from '../errors.js';
import type { PayloadFormat } from '../domain/payload-formats.js';
import { newWebhookSecret } from '../domain/signature.js';
import { eventTypeProblems, urlProblem } from '../domain/subscription-rules.js';
import { sealSecrets } from '../db/secrets.js';
import { findSubscription, sourceSystemExists, type SubscriptionRow } from '../db/subscriptions.js';
import { assertAllowedTarget, type WebhookTargets } from './check-webhook-target.js';
import { urlOrigin } from '../domain/url-origin.js';
import { newTransaction } from '../../../platform/db/transaction.js';

export interface NewSubscription {
  url: string;
  eventTypes: string[];
  sourceSystemId: string | null;
  description?: string;
  active?: boolean;
  payloadFormat?: PayloadFormat;
}

/** Checks what a subscription may say; shared by create and update. Throws before anything is written. */
export function assertValidSubscription(input: { url?: string; eventTypes?: string[] }): void {
  const badUrl = input.url === undefined ? undefined : urlProblem(input.url);
  if (badUrl) throw new DomainError(EventsErrors.invalidWebhookUrl, `url: ${badUrl.reason}`, [badUrl]);
  const badTypes = input.eventTypes === undefined ? [] : eventTypeProblems(input.eventTypes);
  if (badTypes.length > 0) {
    throw new DomainError(EventsErrors.unknownEventType, badTypes.map((p) => `${p.field}: ${p.reason}`).join('; '), badTypes);
  }
}

/** What saving a subscription needs besides the database: where receivers may be, and the key that seals secrets. */
export interface SubscriptionDeps {
  targets: WebhookTargets;
  secrets: SecretBox;
}

/**
 * Creates a subscription with a secret of ours, stored sealed; the secret is returned once, here (and on
 * rotation). The audit row goes in with it; the receiver's address is checked before (it may wait for DNS).
 */
export async function createSubscription(
  db: Kdb,
  ids: IdGenerator,
  now: number,
  input: NewSubscription,
  options: { checkSourceSystem: boolean; by: AuditSource } & SubscriptionDeps,
): Promise<{ row: SubscriptionRow; secret: string }> {
  assertValidSubscription(input);
  await assertAllowedTarget(input.url, options.targets);
  const secret = newWebhookSecret(ids);
  return newTransaction(db, async (trx) => {
    if (options.checkSourceSystem && input.sourceSystemId !== null && !(await sourceSystemExists(trx, input.sourceSystemId))) {
      throw missingReference('sourceSystemId', 'Source system', input.sourceSystemId);
    }
    const inserted = await trx
      .insertInto('webhook_subscriptions')
      .values({
        url: input.url,
        event_types: toJson(input.eventTypes),
        source_system_id: input.sourceSystemId,
        description: input.description ?? '',
        active: bool(input.active ?? true),
        payload_format: input.payloadFormat ?? 'Quayside',
        ...sealSecrets(options.secrets, secret, null),
        previous_secret_expires_at: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await findSubscription(trx, inserted.id);
    if (!row) throw new Error('subscription vanished right after insert');
    await recordAudit(trx, now, options.by, {
      action: 'webhook_subscription.created',
      target: { type: 'webhook_subscription', id: row.id },
      detail: { urlOrigin: urlOrigin(input.url), eventTypes: input.eventTypes, sourceSystemId: input.sourceSystemId, active: input.active ?? true },
    });
    return { row, secret };
  });
}
