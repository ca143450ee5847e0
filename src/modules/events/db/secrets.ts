import type { SecretBox } from '../../../platform/crypto/secret-box.js';

/** Bound into each ciphertext, so a sealed value only opens in the column it was written to. */
const CURRENT = 'webhook_subscriptions.secret';
const PREVIOUS = 'webhook_subscriptions.previous_secret';

export interface SealedColumns {
  secret: string;
  previous_secret: string | null;
  secret_key_id: string;
}

/** Both secrets of a subscription are always sealed together, with the same key, named in secret_key_id. */
export function sealSecrets(box: SecretBox, secret: string, previous: string | null): SealedColumns {
  return {
    secret: box.seal(secret, CURRENT),
    previous_secret: previous === null ? null : box.seal(previous, PREVIOUS),
    secret_key_id: box.currentKeyId,
  };
}

export interface StoredSecrets {
  secret: string;
  previous_secret: string | null;
  /** null: written before secrets were encrypted (clear text); sealed at the next start. */
  secret_key_id: string | null;
}

/** The clear secrets; throws SecretUnavailable when they were sealed with a key this process lacks. */
export function openSecrets(box: SecretBox, row: StoredSecrets): { secret: string; previous: string | null } {
  if (row.secret_key_id === null) return { secret: row.secret, previous: row.previous_secret };
  const keyId = row.secret_key_id;
  return {
    secret: box.open(keyId, row.secret, CURRENT),
    previous: row.previous_secret === null ? null : box.open(keyId, row.previous_secret, PREVIOUS),
  };
}
