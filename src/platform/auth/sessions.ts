import { createHash, timingSafeEqual } from 'node:crypto';
import { recordAudit, type AuditActor, type AuditSource } from '../audit/audit-log.js';
import { toIso } from '../clock.js';
import type { Executor, Kdb } from '../db/database.js';
import { DomainError, invalid } from '../errors.js';
import type { IdGenerator } from '../ids.js';
import { hashKey } from './api-keys.js';
import { AuthErrors } from './errors.js';
import { checkPassword, decoyHash, hashPassword, inHashSlot, verifyPasswordInSlot } from './passwords.js';
import { isUserRole, type Principal, type UserRole } from './principal.js';
import { clearAttempts, LOCK_MS, MAX_FAILED_SIGN_INS, reserveAttempt, type Attempt } from './sign-in-attempts.js';

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

export interface SessionUser {
  username: string;
  displayName: string;
  role: UserRole;
  /** The web UI's language this person chose; null: the browser's. */
  language: UserLanguage | null;
}

/** The languages of the web UI a person can choose. */
export const USER_LANGUAGES = ['en', 'de'] as const;
export type UserLanguage = (typeof USER_LANGUAGES)[number];

/** A stored language, or null when none (or one no longer offered) is stored. */
export function userLanguageOf(value: string | null): UserLanguage | null {
  return (USER_LANGUAGES as readonly string[]).includes(value ?? '') ? (value as UserLanguage) : null;
}

/** Keeps the web UI's language a person chose for themselves (null: the browser's language again). */
export async function setOwnLanguage(db: Executor, now: number, username: string, language: UserLanguage | null): Promise<void> {
  await db.updateTable('users').set({ language, updated_at: now }).where('username', '=', username).execute();
}

export interface SignedIn {
  token: string;
  /** Sent back in X-CSRF-Token with every change made with the session cookie. */
  csrfToken: string;
  expiresAt: number;
  user: SessionUser;
  /** The password was chosen by someone else: until it is changed the session may only change it or sign out. */
  mustChangePassword: boolean;
}

/**
 * The CSRF token of a session, derived from its token: a page that can send the cookie but not read our
 * pages cannot know it, and it needs no storage. A one-way hash, so it does not reveal the token.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`quayside-csrf\0${sessionToken}`).digest('base64url');
}

/** Whether `given` is the CSRF token `expected` (csrfTokenFor of the session's token), compared in constant time. */
export function isCsrfToken(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const want = Buffer.from(expected);
  const actual = Buffer.from(given);
  return actual.length === want.length && timingSafeEqual(actual, want);
}

function roleOf(role: string): UserRole {
  if (!isUserRole(role)) throw new Error(`user has unknown role '${role}'`);
  return role;
}

/** When a session last used at lastUsedAt ends if it is not used again. */
export function sessionEnd(lastUsedAt: number, expiresAt: number, settings: SessionSettings): number {
  return Math.min(lastUsedAt + settings.idleTimeoutMinutes * 60_000, expiresAt);
}

/**
 * The same answer for an unknown username, a wrong password, a disabled user and a locked account, so no one
 * can probe for accounts. The text says that a pause is possible, so a person who typed the right password
 * into a locked account knows to wait.
 */
const failed = () => new DomainError(AuthErrors.signInFailed, 'The username or password is wrong (after repeated failures, sign-in is paused for a few minutes)');

/** Why a sign-in was refused, for the audit log only: the caller gets one answer for all of them. */
type Refusal =
  | { reason: 'unknown_user' }
  | { reason: 'locked' | 'disabled'; username: string }
  | { reason: 'wrong_password'; username: string; attempt: Attempt };

interface FoundUser {
  id: number;
  username: string;
  display_name: string;
  role: string;
  must_change_password: number;
  language: string | null;
}

/** A person acting as themselves once their password proved who they are. */
export function userActor(username: string): AuditActor {
  return { type: 'user', id: username, name: username, sourceSystemId: null };
}

/** The audit rows of a wrong password: the failure, and the lock when it was the tenth in a row. */
async function recordWrongPassword(db: Executor, now: number, source: AuditSource, action: 'auth.sign_in' | 'user.password_changed', username: string, attempt: Attempt): Promise<void> {
  const target = { type: 'user', id: username };
  await recordAudit(db, now, source, { action, outcome: 'failure', target, detail: { reason: action === 'auth.sign_in' ? 'wrong_password' : 'wrong_current_password' } });
  if (attempt === 'locking') {
    await recordAudit(db, now, source, { action: 'auth.locked_out', outcome: 'failure', target, detail: { failedInARow: MAX_FAILED_SIGN_INS, lockedUntil: toIso(now + LOCK_MS) } });
  }
}

async function recordRefusal(db: Executor, now: number, source: AuditSource, refusal: Refusal): Promise<void> {
  if (refusal.reason === 'wrong_password') {
    await recordWrongPassword(db, now, source, 'auth.sign_in', refusal.username, refusal.attempt);
    return;
  }
  // An unknown username is not kept: people type their password into the username field now and then.
  const target = { type: 'user', id: refusal.reason === 'unknown_user' ? null : refusal.username };
  await recordAudit(db, now, source, { action: 'auth.sign_in', outcome: 'failure', target, detail: { reason: refusal.reason } });
}

/**
 * Checks a username and password and opens a session. The whole check holds a hash slot (see hash-slots.ts),
 * taken before the attempt is counted: a sign-in refused as busy changes nothing. Every refusal costs one
 * scrypt, so that its timing does not tell which refusal it was. The audit log gets the outcome: with the
 * new session in one transaction, or, for a refusal, on its own once the hash slot is free again.
 */
export async function signIn(db: Kdb, ids: IdGenerator, now: number, settings: SessionSettings, username: string, password: string, source: AuditSource): Promise<SignedIn> {
  const checked = await inHashSlot(async (): Promise<FoundUser | Refusal> => {
    const found = await db
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'role', 'password_hash', 'disabled', 'must_change_password', 'language'])
      .where('username', '=', username.trim().toLowerCase())
      .executeTakeFirst();
    if (!found) {
      await verifyPasswordInSlot(password, await decoyHash());
      return { reason: 'unknown_user' };
    }
    const attempt = await reserveAttempt(db, found.id, now);
    if (attempt === 'locked') {
      // The account is locked after repeated failures.
      await verifyPasswordInSlot(password, await decoyHash());
      return { reason: 'locked', username: found.username };
    }
    if (!(await verifyPasswordInSlot(password, found.password_hash))) {
      // Counted above; the tenth in a row locked the account.
      return { reason: 'wrong_password', username: found.username, attempt };
    }
    if (found.disabled) return { reason: 'disabled', username: found.username };
    await clearAttempts(db, found.id);
    return found;
  });
  if ('reason' in checked) {
    await db.transaction().execute((trx) => recordRefusal(trx, now, source, checked));
    throw failed();
  }
  const user = checked;
  const token = `${SESSION_TOKEN_PREFIX}${ids.secret(32)}`;
  const expiresAt = now + settings.maxLifetimeMinutes * 60_000;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('user_sessions')
      .values({ token_hash: hashKey(token), user_id: user.id, created_at: now, last_used_at: now, expires_at: expiresAt })
      .execute();
    await recordAudit(trx, now, { ...source, actor: userActor(user.username) }, { action: 'auth.sign_in', target: { type: 'user', id: user.username } });
  });
  return {
    token,
    csrfToken: csrfTokenFor(token),
    expiresAt: sessionEnd(now, expiresAt, settings),
    user: { username: user.username, displayName: user.display_name, role: roleOf(user.role), language: userLanguageOf(user.language) },
    mustChangePassword: user.must_change_password === 1,
  };
}

/** A session that is not revoked, with what its user may do; see credential-cache.ts for who calls it. */
export interface StoredSession {
  id: number;
  lastUsedAt: number;
  /** The absolute end, however active the session is. */
  expiresAt: number;
  username: string;
  role: UserRole;
  disabled: boolean;
  mustChangePassword: boolean;
}

/** The session with this token hash, unless it is unknown or revoked. */
export async function findSession(db: Executor, tokenHash: string): Promise<StoredSession | undefined> {
  const row = await db
    .selectFrom('user_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.last_used_at', 's.expires_at', 'u.username', 'u.role', 'u.disabled', 'u.must_change_password'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    username: row.username,
    role: roleOf(row.role),
    disabled: row.disabled === 1,
    mustChangePassword: row.must_change_password === 1,
  };
}

/**
 * The idle timeout counts from the last use the database knows. Writing it on every request would cost a
 * write per request; renewing it once it is a minute old keeps the timeout within a minute of exact.
 * Another process may have renewed it since: the guard keeps the later time.
 */
export function needsRenewal(lastUsedAt: number, now: number): boolean {
  return now - lastUsedAt >= RENEW_AFTER_MS;
}

export async function renewSession(db: Executor, sessionId: number, now: number): Promise<void> {
  await db.updateTable('user_sessions').set({ last_used_at: now }).where('id', '=', sessionId).where('last_used_at', '<', now).execute();
}

/** The principal of a session that is in use at `now` (not timed out), with the session's current end. */
export function sessionPrincipal(session: Omit<StoredSession, 'disabled'>, csrfToken: string, settings: SessionSettings): Principal {
  return {
    kind: 'user',
    name: session.username,
    role: session.role,
    session: {
      id: session.id,
      username: session.username,
      expiresAt: sessionEnd(session.lastUsedAt, session.expiresAt, settings),
      mustChangePassword: session.mustChangePassword,
      csrfToken,
    },
  };
}

/**
 * A signed-in user replaces their password. The current one is checked like a sign-in (counted, locked after
 * ten failures), so a session left open on a shared scanner cannot be used to guess it. The new one must pass
 * the password rules and differ from the current one. The user's other sessions end; this one goes on.
 */
export async function changeOwnPassword(db: Kdb, now: number, sessionId: number, username: string, currentPassword: string, newPassword: string, source: AuditSource): Promise<void> {
  const user = await db.selectFrom('users').select(['id', 'display_name', 'password_hash']).where('username', '=', username).executeTakeFirstOrThrow();
  checkPassword(newPassword, { userInputs: [username, user.display_name] }, 'newPassword');
  if (newPassword.normalize('NFC') === currentPassword.normalize('NFC')) throw invalid('newPassword', 'must differ from the current password');
  const wrong = () => invalid('currentPassword', 'is not the current password (after repeated failures, checks are paused for a few minutes)');
  const target = { type: 'user', id: username };
  const refused = await inHashSlot(async (): Promise<Attempt | undefined> => {
    const attempt = await reserveAttempt(db, user.id, now);
    if (attempt === 'locked') {
      await verifyPasswordInSlot(currentPassword, await decoyHash());
      return attempt;
    }
    if (!(await verifyPasswordInSlot(currentPassword, user.password_hash))) return attempt;
    await clearAttempts(db, user.id);
    return undefined;
  });
  if (refused !== undefined) {
    await db.transaction().execute((trx) =>
      refused === 'locked'
        ? recordAudit(trx, now, source, { action: 'user.password_changed', outcome: 'failure', target, detail: { reason: 'locked' } })
        : recordWrongPassword(trx, now, source, 'user.password_changed', username, refused),
    );
    throw wrong();
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, must_change_password: 0, updated_at: now }).where('id', '=', user.id).execute();
    await trx.updateTable('user_sessions').set({ revoked_at: now }).where('user_id', '=', user.id).where('id', '!=', sessionId).where('revoked_at', 'is', null).execute();
    await recordAudit(trx, now, source, { action: 'user.password_changed', target });
  });
}

export async function endSession(db: Executor, now: number, sessionId: number): Promise<void> {
  await db.updateTable('user_sessions').set({ revoked_at: now }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
}

/** Ends every session of a user, e.g. when disabled or given a new password. */
export async function endUserSessions(db: Executor, now: number, userId: number): Promise<void> {
  await db.updateTable('user_sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}
