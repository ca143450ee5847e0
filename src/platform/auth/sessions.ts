import type { Executor } from '../db/database.js';
import { DomainError } from '../errors.js';
import type { IdGenerator } from '../ids.js';
import { hashKey } from './api-keys.js';
import { AuthErrors } from './errors.js';
import { decoyHash, verifyPassword } from './passwords.js';
import { isUserRole, type Principal, type UserRole } from './principal.js';

export interface SessionSettings {
  /** A session unused this long ends (sliding: every use renews it). */
  idleTimeoutMinutes: number;
  /** A session ends this long after sign-in however active it is. */
  maxLifetimeMinutes: number;
}

/** Session tokens carry their own prefix so the auth hook knows which table to look in. */
export const SESSION_TOKEN_PREFIX = 'qss_';
/** Renewing last-used on every request would write once per request; once a minute is precise enough. */
const RENEW_AFTER_MS = 60_000;
const MAX_FAILED_SIGN_INS = 10;
const LOCK_MS = 5 * 60_000;

export interface SessionUser {
  username: string;
  displayName: string;
  role: UserRole;
}

export interface SignedIn {
  token: string;
  expiresAt: number;
  user: SessionUser;
}

function roleOf(role: string): UserRole {
  if (!isUserRole(role)) throw new Error(`user has unknown role '${role}'`);
  return role;
}

function sessionEnd(lastUsedAt: number, expiresAt: number, settings: SessionSettings): number {
  return Math.min(lastUsedAt + settings.idleTimeoutMinutes * 60_000, expiresAt);
}

/** The same answer for an unknown username, a wrong password and a disabled user, so no one can probe for accounts. */
const failed = () => new DomainError(AuthErrors.signInFailed, 'The username or password is wrong');

export async function signIn(db: Executor, ids: IdGenerator, now: number, settings: SessionSettings, username: string, password: string): Promise<SignedIn> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role', 'password_hash', 'disabled', 'failed_sign_ins', 'locked_until'])
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
  if (!user) {
    await verifyPassword(password, await decoyHash());
    throw failed();
  }
  if (user.locked_until !== null && user.locked_until > now) {
    throw new DomainError(AuthErrors.accountLocked, `Too many failed sign-ins; try again after ${new Date(user.locked_until).toISOString()}`);
  }
  const ok = await verifyPassword(password, user.password_hash);
  if (!ok) {
    const attempts = user.failed_sign_ins + 1;
    const lock = attempts >= MAX_FAILED_SIGN_INS;
    await db
      .updateTable('users')
      .set({ failed_sign_ins: lock ? 0 : attempts, locked_until: lock ? now + LOCK_MS : user.locked_until })
      .where('id', '=', user.id)
      .execute();
    throw failed();
  }
  if (user.disabled) throw failed();
  if (user.failed_sign_ins > 0 || user.locked_until !== null) {
    await db.updateTable('users').set({ failed_sign_ins: 0, locked_until: null }).where('id', '=', user.id).execute();
  }
  const token = `${SESSION_TOKEN_PREFIX}${ids.secret(32)}`;
  const expiresAt = now + settings.maxLifetimeMinutes * 60_000;
  await db
    .insertInto('user_sessions')
    .values({ token_hash: hashKey(token), user_id: user.id, created_at: now, last_used_at: now, expires_at: expiresAt })
    .execute();
  return {
    token,
    expiresAt: sessionEnd(now, expiresAt, settings),
    user: { username: user.username, displayName: user.display_name, role: roleOf(user.role) },
  };
}

/** The principal for a session token; undefined if unknown or ended, 'expired' if it timed out. */
export async function principalForSession(db: Executor, now: number, settings: SessionSettings, token: string): Promise<Principal | 'expired' | undefined> {
  const row = await db
    .selectFrom('user_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.last_used_at', 's.expires_at', 'u.username', 'u.role', 'u.disabled'])
    .where('s.token_hash', '=', hashKey(token))
    .where('s.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.disabled) return undefined;
  if (now >= sessionEnd(row.last_used_at, row.expires_at, settings)) return 'expired';
  let lastUsedAt = row.last_used_at;
  if (now - row.last_used_at >= RENEW_AFTER_MS) {
    await db.updateTable('user_sessions').set({ last_used_at: now }).where('id', '=', row.id).execute();
    lastUsedAt = now;
  }
  return {
    kind: 'user',
    name: row.username,
    role: roleOf(row.role),
    session: { id: row.id, username: row.username, expiresAt: sessionEnd(lastUsedAt, row.expires_at, settings) },
  };
}

export async function endSession(db: Executor, now: number, sessionId: number): Promise<void> {
  await db.updateTable('user_sessions').set({ revoked_at: now }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
}

/** Ends every session of a user, e.g. when disabled or given a new password. */
export async function endUserSessions(db: Executor, now: number, userId: number): Promise<void> {
  await db.updateTable('user_sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}
