import { recordAudit, type AuditSource } from '../../../platform/audit/audit-log.js';
import { toIso } from '../../../platform/clock.js';
import type { SecretBox } from '../../../platform/crypto/secret-box.js';
import type { Kdb } from '../../../platform/db/database.js';
import { notFound } from '../../../platform/errors.js';
import type { IdGenerator } from '../../../platform/ids.js';
import { newWebhookSecret } from '../domain/signature.js';
import { openSecrets, sealSecrets } from '../db/secrets.js';
import { newTransaction } from '../../../platform/db/transaction.js';

/** How long deliveries stay signed with the old secret as well, so a receiver can switch without losing any. */
export const SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;

const MAX_TRIES = 5;

/**
 * Makes a new secret and returns it; this is the only way to see a subscription's secret after creation.
 * The old secret is opened and sealed again as the previous one (both with today's key). The write is a
 * compare-and-set on the sealed secret read, so of two rotations at once neither loses the other's
 * secret: the later one reads again and keeps the earlier one's as previous. The write that wins is recorded
 * in the audit log in its transaction.
 */
export async function rotateSecret(
  db: Kdb,
  ids: IdGenerator,
  now: number,
  id: number,
  secrets: SecretBox,
  by: AuditSource,
): Promise<{ secret: string; previousSecretExpiresAt: number }> {
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const row = await db.selectFrom('webhook_subscriptions').select(['secret', 'previous_secret', 'secret_key_id']).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Webhook subscription', id);
    const current = openSecrets(secrets, row).secret;
    const secret = newWebhookSecret(ids);
    const expires = now + SECRET_OVERLAP_MS;
    const rotated = await newTransaction(db, async (trx) => {
      const result = await trx
        .updateTable('webhook_subscriptions')
        .set({ ...sealSecrets(secrets, secret, current), previous_secret_expires_at: expires, updated_at: now })
        .where('id', '=', id)
        .where('secret', '=', row.secret)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await recordAudit(trx, now, by, { action: 'webhook_subscription.secret_rotated', target: { type: 'webhook_subscription', id }, detail: { oldOneAlsoSignsUntil: toIso(expires) } });
      return true;
    });
    if (rotated) return { secret, previousSecretExpiresAt: expires };
  }
  throw new Error(`webhook subscription ${String(id)}: the secret kept changing during rotation`);
}
