import type { Selectable } from 'kysely';
import { recordAudit, type AuditEntry, type AuditSource } from '../../../platform/audit/audit-log.js';
import { checkPassword, hashPassword } from '../../../platform/auth/passwords.js';
import type { UserRole } from '../../../platform/auth/principal.js';
import { endUserSessions } from '../../../platform/auth/sessions.js';
import type { UsersTable } from '../../../platform/auth/tables.js';
import { insertUser, keepAnAdmin, prepareUser } from '../../../platform/auth/users.js';
import { runCommand } from '../../../platform/command.js';
import type { AppContext } from '../../../platform/context.js';
import { notFound } from '../../../platform/errors.js';

export type UserRow = Pick<Selectable<UsersTable>, 'username' | 'display_name' | 'role' | 'disabled' | 'locked_until' | 'must_change_password' | 'created_at' | 'updated_at'>;
export const USER_COLUMNS = ['username', 'display_name', 'role', 'disabled', 'locked_until', 'must_change_password', 'created_at', 'updated_at'] as const;

export interface NewUser {
  username: string;
  displayName?: string | undefined;
  role: UserRole;
  password: string;
}

export interface UserChange {
  displayName?: string | undefined;
  role?: UserRole | undefined;
  disabled?: boolean | undefined;
  password?: string | undefined;
}

/** A user created by an admin: the password was chosen by someone else, so it is changed at the first sign-in. */
export async function createUserAccount(ctx: AppContext, input: NewUser, source: AuditSource): Promise<UserRow> {
  const prepared = await prepareUser({ ...input, origin: 'chosen-by-someone-else' });
  return runCommand(
    ctx,
    async ({ trx, now }) => {
      const created = await insertUser(trx, now, prepared);
      await recordAudit(trx, now, source, { action: 'user.created', target: { type: 'user', id: created.username }, detail: { role: prepared.role, displayName: prepared.displayName } });
      return trx.selectFrom('users').select(USER_COLUMNS).where('id', '=', created.id).executeTakeFirstOrThrow();
    },
    { wakes: [] },
  );
}

/**
 * Changes a user. Disabling or a new password ends the user's sessions, and a new password lifts a lock;
 * the last enabled admin is neither disabled nor demoted.
 */
export async function changeUser(ctx: AppContext, username: string, change: UserChange, source: AuditSource): Promise<UserRow> {
  const { displayName, role, disabled, password } = change;
  const current = await ctx.db.kysely.selectFrom('users').select(['display_name']).where('username', '=', username).executeTakeFirst();
  if (!current) throw notFound('User', username);
  if (password !== undefined) checkPassword(password, { userInputs: [username, displayName ?? current.display_name] });
  // Hashing is slow on purpose: it happens before the transaction, so that no write waits for it.
  const passwordHash = password === undefined ? undefined : await hashPassword(password);
  return runCommand(
    ctx,
    async ({ trx, now }) => {
      const user = await trx.selectFrom('users').select(['id', 'disabled', 'role', 'display_name']).where('username', '=', username).executeTakeFirst();
      if (!user) throw notFound('User', username);
      if (disabled === true) await keepAnAdmin(trx, ctx.db.caps, { id: user.id, username }, 'disable');
      if (role !== undefined && role !== 'admin') await keepAnAdmin(trx, ctx.db.caps, { id: user.id, username }, 'demote');
      await trx
        .updateTable('users')
        .set({
          updated_at: now,
          ...(displayName === undefined ? {} : { display_name: displayName.trim() }),
          ...(role === undefined ? {} : { role }),
          ...(disabled === undefined ? {} : { disabled: disabled ? 1 : 0 }),
          ...(passwordHash === undefined ? {} : { password_hash: passwordHash, failed_sign_ins: 0, locked_until: null, must_change_password: 1 }),
        })
        .where('id', '=', user.id)
        .execute();
      if (passwordHash !== undefined || (disabled === true && user.disabled === 0)) await endUserSessions(trx, now, user.id);
      for (const entry of userChanges(user, { displayName: displayName?.trim(), role, disabled, newPassword: passwordHash !== undefined })) {
        await recordAudit(trx, now, source, { ...entry, target: { type: 'user', id: username } });
      }
      return trx.selectFrom('users').select(USER_COLUMNS).where('id', '=', user.id).executeTakeFirstOrThrow();
    },
    { wakes: [] },
  );
}

/** One audit row per kind of change that changed something: a new role is not a new display name. */
function userChanges(
  before: { role: string; disabled: number; display_name: string },
  change: { displayName: string | undefined; role: string | undefined; disabled: boolean | undefined; newPassword: boolean },
): AuditEntry[] {
  const entries: AuditEntry[] = [];
  if (change.displayName !== undefined && change.displayName !== before.display_name) {
    entries.push({ action: 'user.updated', detail: { displayName: { from: before.display_name, to: change.displayName } } });
  }
  if (change.role !== undefined && change.role !== before.role) entries.push({ action: 'user.role_changed', detail: { from: before.role, to: change.role } });
  if (change.disabled === true && before.disabled === 0) entries.push({ action: 'user.disabled', detail: { sessionsEnded: true } });
  if (change.disabled === false && before.disabled === 1) entries.push({ action: 'user.enabled' });
  if (change.newPassword) entries.push({ action: 'user.password_reset', detail: { sessionsEnded: true, lockLifted: true } });
  return entries;
}
