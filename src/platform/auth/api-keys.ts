import { createHash } from 'node:crypto';
import type { Executor } from '../db/database.js';
import type { IdGenerator } from '../ids.js';
import { isUserRole, type Principal, type UserRole } from './principal.js';

/**
 * API keys are random 192-bit secrets, so a fast hash is enough to store them safely
 * (no dictionary to guess from); only the hash and a short prefix for recognition are kept.
 */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export type NewKeySubject = { kind: 'user'; role: UserRole } | { kind: 'source_system'; sourceSystemId: string };

export interface CreatedKey {
  id: number;
  key: string;
  prefix: string;
}

export async function createApiKey(
  db: Executor,
  ids: IdGenerator,
  now: number,
  name: string,
  subject: NewKeySubject,
  expiresAt: number | null = null,
): Promise<CreatedKey> {
  const prefix = ids.secret(4).slice(0, 6);
  const key = `qs_${prefix}_${ids.secret(24)}`;
  const row = await db
    .insertInto('api_keys')
    .values({
      name,
      key_prefix: prefix,
      key_hash: hashKey(key),
      kind: subject.kind,
      role: subject.kind === 'user' ? subject.role : null,
      source_system_id: subject.kind === 'source_system' ? subject.sourceSystemId : null,
      created_at: now,
      expires_at: expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, key, prefix };
}

/** The principal of a key that is neither revoked nor past its end at `now`; undefined otherwise. */
export async function principalForKey(db: Executor, key: string, now: number): Promise<Principal | undefined> {
  return (await liveKeyByHash(db, hashKey(key), now))?.principal;
}

/** A live key by its hash (see hashKey), with when it ends (null: never), for callers that remember it. */
export async function liveKeyByHash(db: Executor, keyHash: string, now: number): Promise<{ principal: Principal; expiresAt: number | null } | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'name', 'kind', 'role', 'source_system_id', 'expires_at'])
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
  const principal = row ? principalOfKey(row) : undefined;
  return row && principal ? { principal, expiresAt: row.expires_at } : undefined;
}

/** Who a live key's row speaks for: its source system, or a person's role. */
export function principalOfKey(row: { id: number; name: string; kind: string; role: string | null; source_system_id: string | null }): Principal | undefined {
  if (row.kind === 'source_system' && row.source_system_id) {
    return { kind: 'source_system', keyId: row.id, name: row.name, sourceSystemId: row.source_system_id };
  }
  if (row.kind === 'user' && row.role && isUserRole(row.role)) {
    return { kind: 'user', keyId: row.id, name: row.name, role: row.role };
  }
  return undefined;
}

export async function hasAnyAdminKey(db: Executor): Promise<boolean> {
  const row = await db
    .selectFrom('api_keys')
    .select('id')
    .where('kind', '=', 'user')
    .where('role', '=', 'admin')
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
