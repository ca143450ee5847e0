import { CompiledQuery } from 'kysely';
import type { Executor } from '../db/database.js';
import { hashKey, liveKeyByHash } from './api-keys.js';
import type { Principal } from './principal.js';
import { csrfTokenFor, findSession, needsRenewal, renewSession, sessionEnd, sessionPrincipal, type SessionSettings, type StoredSession } from './sessions.js';

/**
 * Who an API key or session token is, remembered per process (ADR 0019). Looking it up in the database on
 * every request was one indexed read (a join for sessions) and two SHA-256 hashes per request; the answer
 * rarely changes. What makes the cache safe is the credential generation (migration 0047): a number that
 * triggers raise in the same transaction as any revocation, role change, disabling or password change.
 * Each request reads it (one primary-key read of a one-row table) and uses a remembered answer only if it
 * was looked up under the same number; otherwise it looks again. So a revocation committed by any process
 * holds from the next request on, in every process.
 *
 * An answer is also looked up again after maxAgeMs whatever the number says, which bounds what the number
 * cannot see (a database restored from a backup, where the number may have gone back).
 *
 * Sessions: the idle timeout counts from the last use the database knows, renewed at most once a minute
 * (needsRenewal), not on every request; a session that looks timed out from here is read again, since
 * another process may have renewed it.
 */
export interface CredentialCacheOptions {
  /** Most credentials remembered; the oldest are forgotten first. */
  maxEntries?: number;
  /** A remembered answer is looked up again after this long, whatever the generation says. */
  maxAgeMs?: number;
}

interface Remembered {
  generation: number;
  checkedAt: number;
}
interface KeyEntry extends Remembered {
  kind: 'key';
  principal: Principal;
  /** When the key ends (null: never); a remembered key is not used past it. */
  expiresAt: number | null;
}
interface SessionEntry extends Remembered {
  kind: 'session';
  session: Omit<StoredSession, 'disabled'>;
  csrfToken: string;
}

export const DEFAULT_MAX_ENTRIES = 10_000;
export const DEFAULT_MAX_AGE_MS = 60_000;

export class CredentialCache {
  private readonly entries = new Map<string, KeyEntry | SessionEntry>();
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private generationQuery: CompiledQuery<{ generation: number | string }> | undefined;

  constructor(
    private readonly db: Executor,
    private readonly sessions: SessionSettings,
    options: CredentialCacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  }

  /** The principal of an API key; undefined if unknown, revoked or expired. */
  async keyPrincipal(key: string, now: number): Promise<Principal | undefined> {
    const keyHash = hashKey(key);
    const generation = await this.generation();
    const hit = this.fresh(keyHash, generation, now);
    if (hit?.kind === 'key' && (hit.expiresAt === null || now < hit.expiresAt)) return hit.principal;
    const live = await liveKeyByHash(this.db, keyHash, now);
    if (live) this.remember(keyHash, { kind: 'key', generation, checkedAt: now, principal: Object.freeze(live.principal), expiresAt: live.expiresAt });
    return live?.principal;
  }

  /** The principal of a session token; undefined if unknown, revoked or its user disabled, 'expired' if it timed out. */
  async sessionPrincipal(token: string, now: number): Promise<Principal | 'expired' | undefined> {
    const tokenHash = hashKey(token);
    const generation = await this.generation();
    const hit = this.fresh(tokenHash, generation, now);
    if (hit?.kind === 'session' && now < sessionEnd(hit.session.lastUsedAt, hit.session.expiresAt, this.sessions)) {
      if (needsRenewal(hit.session.lastUsedAt, now)) {
        await renewSession(this.db, hit.session.id, now);
        hit.session.lastUsedAt = now;
      }
      return sessionPrincipal(hit.session, hit.csrfToken, this.sessions);
    }
    const found = await findSession(this.db, tokenHash);
    if (!found || found.disabled) return undefined;
    if (now >= sessionEnd(found.lastUsedAt, found.expiresAt, this.sessions)) return 'expired';
    if (needsRenewal(found.lastUsedAt, now)) {
      await renewSession(this.db, found.id, now);
      found.lastUsedAt = now;
    }
    const entry: SessionEntry = { kind: 'session', generation, checkedAt: now, session: found, csrfToken: csrfTokenFor(token) };
    this.remember(tokenHash, entry);
    return sessionPrincipal(entry.session, entry.csrfToken, this.sessions);
  }

  /** The number read before a lookup is the one its answer is remembered under: a revocation after the read makes it stale. */
  private async generation(): Promise<number> {
    this.generationQuery ??= this.db.selectFrom('credential_generation').select('generation').where('id', '=', 1).compile();
    const { rows } = await this.db.executeQuery(this.generationQuery);
    const row = rows[0];
    if (!row) throw new Error('credential_generation has no row 1: the database was not migrated by this version');
    return Number(row.generation);
  }

  private fresh(hash: string, generation: number, now: number): KeyEntry | SessionEntry | undefined {
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    if (entry.generation === generation && now >= entry.checkedAt && now - entry.checkedAt < this.maxAgeMs) return entry;
    this.entries.delete(hash);
    return undefined;
  }

  private remember(hash: string, entry: KeyEntry | SessionEntry): void {
    this.entries.delete(hash);
    this.entries.set(hash, entry);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}
