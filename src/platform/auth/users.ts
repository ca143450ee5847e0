import type { DialectCaps, Executor } from '../db/database.js';
import { CommonErrors, DomainError, invalid } from '../errors.js';
import { AuthErrors } from './errors.js';
import { checkPassword, hashPassword, MIN_PASSWORD_LENGTH } from './passwords.js';
import type { UserRole } from './principal.js';

export const USERNAME_PATTERN = '^[a-z0-9][a-z0-9._-]{0,63}$';

export interface NewUser {
  username: string;
  displayName?: string;
  role: UserRole;
  password: string;
  /**
   * Whose password this is. 'chosen-by-someone-else' (an admin, the command line, the first start) must be
   * changed by the user at the first sign-in. 'published-demo' is the demo's password, printed in the README:
   * a strength check of a published password means nothing, so only its length is checked, and demo users
   * keep it (demo mode is for trying Quayside out, on 127.0.0.1).
   */
  origin: 'chosen-by-someone-else' | 'published-demo';
}

/** A new user checked and with the password hashed, ready to insert: the slow part, done outside any transaction. */
export interface PreparedUser {
  username: string;
  displayName: string;
  role: UserRole;
  passwordHash: string;
  mustChangePassword: boolean;
}

/** Checks the username and password rules and hashes the password (tens of milliseconds, in a hash slot). */
export async function prepareUser(user: NewUser): Promise<PreparedUser> {
  const username = user.username.trim().toLowerCase();
  if (!new RegExp(USERNAME_PATTERN).test(username)) {
    throw invalid('username', 'must be 1-64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit', user.username);
  }
  if (user.origin === 'published-demo') {
    if (user.password.length < MIN_PASSWORD_LENGTH) throw invalid('password', `must be at least ${String(MIN_PASSWORD_LENGTH)} characters long`);
  } else {
    checkPassword(user.password, { userInputs: [username, user.displayName ?? ''] });
  }
  return {
    username,
    displayName: user.displayName?.trim() || username,
    role: user.role,
    passwordHash: await hashPassword(user.password),
    mustChangePassword: user.origin === 'chosen-by-someone-else',
  };
}

/** Inserts a prepared user; 409 when the username is taken. */
export async function insertUser(db: Executor, now: number, user: PreparedUser): Promise<{ id: number; username: string }> {
  const taken = await db.selectFrom('users').select('id').where('username', '=', user.username).executeTakeFirst();
  if (taken) {
    throw new DomainError(CommonErrors.conflict, `User '${user.username}' already exists`, [{ field: 'username', reason: 'already exists', value: user.username }]);
  }
  const row = await db
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      password_hash: user.passwordHash,
      disabled: 0,
      failed_sign_ins: 0,
      locked_until: null,
      must_change_password: user.mustChangePassword ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, username: user.username };
}

/** Creates a person who signs in with a password; the CLI, first start and the demo share it (the admin API prepares and inserts in two steps). */
export async function createUser(db: Executor, now: number, user: NewUser): Promise<{ id: number; username: string }> {
  return insertUser(db, now, await prepareUser(user));
}

export async function hasAnyAdminUser(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', 0).executeTakeFirst();
  return row !== undefined;
}

/**
 * Refuses to disable or demote the last enabled admin: nobody could sign in to administer users any more.
 * Call inside the transaction that makes the change. On PostgreSQL the enabled admins' rows stay locked until
 * it ends, so two admins demoting each other at once cannot both pass; SQLite runs write transactions one at a time.
 */
export async function keepAnAdmin(trx: Executor, caps: Pick<DialectCaps, 'rowLocks'>, user: { id: number; username: string }, change: 'disable' | 'demote'): Promise<void> {
  let admins = trx.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', 0);
  if (caps.rowLocks) admins = admins.forUpdate();
  const enabled = await admins.execute();
  if (!enabled.some((a) => a.id === user.id)) return;
  if (enabled.some((a) => a.id !== user.id)) return;
  const reason = change === 'disable' ? 'is the last enabled admin and cannot be disabled' : 'is the last enabled admin and must keep the admin role';
  throw new DomainError(AuthErrors.lastAdmin, `User '${user.username}' ${reason}; make another user an admin first`, [
    { field: change === 'disable' ? 'disabled' : 'role', reason, value: user.username },
  ]);
}
