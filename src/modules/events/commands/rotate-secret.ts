import type { Executor } from '../../../platform/db/database.js';
import { notFound } from '../../../platform/errors.js';
import type { IdGenerator } from '../../../platform/ids.js';
import { newWebhookSecret } from '../domain/signature.js';

/** How long deliveries stay signed with the old secret as well, so a receiver can switch without losing any. */
export const SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** Makes a new secret and returns it; this is the only way to see a subscription's secret after creation. */
export async function rotateSecret(db: Executor, ids: IdGenerator, now: number, id: number): Promise<{ secret: string; previousSecretExpiresAt: number }> {
  const secret = newWebhookSecret(ids);
  const expires = now + SECRET_OVERLAP_MS;
  const result = await db
    .updateTable('webhook_subscriptions')
    .set((eb) => ({ previous_secret: eb.ref('secret'), previous_secret_expires_at: expires, secret, updated_at: now }))
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound('Webhook subscription', id);
  return { secret, previousSecretExpiresAt: expires };
}
