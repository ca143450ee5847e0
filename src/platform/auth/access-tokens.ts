import { timingSafeEqual } from 'node:crypto';
import type { Executor } from '../db/database.js';
import type { IdGenerator } from '../ids.js';
import { hashKey, principalForKey, principalOfKey } from './api-keys.js';
import type { Principal } from './principal.js';

/**
 * Short-lived bearer tokens exchanged for an API key (the OAuth 2.0 client-credentials grant that
 * connectors written for Dynamics 365 use, see docs/adr/0020). A token stands for its key: it carries the
 * key's principal and scoping, and it stops working when it expires or when its key is revoked.
 * Only a hash of the token is stored, as for keys and sessions.
 */
export const ACCESS_TOKEN_PREFIX = 'qsa_';

/** Azure AD issues tokens for about an hour; connectors ask for a new one when expires_in runs out. */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 3600;

export interface IssuedToken {
  token: string;
  expiresAt: number;
  principal: Principal;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Issues a token for a live API key: the client id is the key's prefix (as the key list shows it), the
 * secret is the key itself. Undefined when the pair does not name a live key (the caller answers
 * invalid_client without saying which half was wrong).
 */
export async function issueAccessToken(db: Executor, ids: IdGenerator, now: number, clientId: string, clientSecret: string): Promise<IssuedToken | undefined> {
  const principal = await principalForKey(db, clientSecret, now);
  if (!principal?.keyId) return undefined;
  const key = await db.selectFrom('api_keys').select('key_prefix').where('id', '=', principal.keyId).executeTakeFirst();
  if (!key || !sameText(key.key_prefix, clientId)) return undefined;
  const token = `${ACCESS_TOKEN_PREFIX}${ids.secret(32)}`;
  const expiresAt = now + ACCESS_TOKEN_LIFETIME_SECONDS * 1000;
  await db.insertInto('access_tokens').values({ token_hash: hashKey(token), api_key_id: principal.keyId, created_at: now, expires_at: expiresAt }).execute();
  return { token, expiresAt, principal };
}

/** The principal of a token's key; 'expired' past its lifetime; undefined when unknown or its key is revoked. */
export async function principalForAccessToken(db: Executor, now: number, token: string): Promise<Principal | 'expired' | undefined> {
  const row = await db
    .selectFrom('access_tokens as t')
    .innerJoin('api_keys as k', 'k.id', 't.api_key_id')
    .select(['t.expires_at', 'k.id', 'k.name', 'k.kind', 'k.role', 'k.source_system_id', 'k.revoked_at', 'k.expires_at as key_expires_at'])
    .where('t.token_hash', '=', hashKey(token))
    .executeTakeFirst();
  // A token lives no longer than its key: an expired key's tokens are refused like a revoked key's.
  if (!row || row.revoked_at !== null || (row.key_expires_at !== null && row.key_expires_at <= now)) return undefined;
  if (row.expires_at <= now) return 'expired';
  return principalOfKey(row);
}
