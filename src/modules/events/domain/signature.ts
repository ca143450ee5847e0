import { Webhook } from 'standardwebhooks';
import type { IdGenerator } from '../../../platform/ids.js';

const PREFIX = 'whsec_';

/** A Standard Webhooks secret: `whsec_` + base64 of 32 random bytes (the key of the HMAC-SHA256). */
export function newWebhookSecret(ids: IdGenerator): string {
  return PREFIX + Buffer.from(ids.secret(32), 'base64url').toString('base64');
}

/**
 * The Standard Webhooks headers: the id receivers deduplicate on, the send time in seconds, and one
 * `v1,<signature>` per secret (two during a secret rotation, so receivers can switch at their pace).
 */
export function signedHeaders(secrets: readonly string[], msgId: string, nowMs: number, body: string): Record<string, string> {
  const timestamp = new Date(nowMs);
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(Math.floor(nowMs / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(msgId, timestamp, body)).join(' '),
  };
}
