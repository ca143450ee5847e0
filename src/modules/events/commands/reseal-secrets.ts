import type { SecretBox } from '../../../platform/crypto/secret-box.js';
import type { Executor } from '../../../platform/db/database.js';
import { openSecrets, sealSecrets } from '../db/secrets.js';

export interface ResealResult {
  /** Subscriptions whose secrets are now sealed with the current key (clear text before, or an older key). */
  resealed: number;
  /** Subscriptions whose secrets were sealed with a key this process does not have: untouched. */
  unreadable: { id: number; keyId: string }[];
}

const PAGE = 200;

/**
 * Seals every webhook secret with the current key: clear-text secrets from before encryption, and
 * secrets sealed with a previous key (after a key change). Runs at every start and from
 * `quayside reencrypt-secrets`. Each row is written with a compare-and-set on the value read, so a
 * rotation or a second process doing the same at that moment is never overwritten with stale secrets.
 */
export async function resealWebhookSecrets(db: Executor, box: SecretBox): Promise<ResealResult> {
  const result: ResealResult = { resealed: 0, unreadable: [] };
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('webhook_subscriptions')
      .select(['id', 'secret', 'previous_secret', 'secret_key_id'])
      .where('id', '>', after)
      .where((eb) => eb.or([eb('secret_key_id', 'is', null), eb('secret_key_id', '!=', box.currentKeyId)]))
      .orderBy('id')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      if (row.secret_key_id !== null && !box.knows(row.secret_key_id)) {
        result.unreadable.push({ id: row.id, keyId: row.secret_key_id });
        continue;
      }
      const open = openSecrets(box, row);
      const written = await db
        .updateTable('webhook_subscriptions')
        .set(sealSecrets(box, open.secret, open.previous))
        .where('id', '=', row.id)
        .where('secret', '=', row.secret)
        .executeTakeFirst();
      result.resealed += Number(written.numUpdatedRows);
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return result;
    after = last.id;
  }
}

/** Forgets previous secrets whose overlap has passed: they sign nothing any more and need not be kept. */
export async function clearExpiredPreviousSecrets(db: Executor, now: number): Promise<number> {
  const result = await db
    .updateTable('webhook_subscriptions')
    .set({ previous_secret: null, previous_secret_expires_at: null })
    .where('previous_secret_expires_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
