import { Type } from 'typebox';
import { checkPassword, hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../platform/auth/passwords.js';
import { USER_ROLES } from '../../platform/auth/principal.js';
import { endUserSessions } from '../../platform/auth/sessions.js';
import { insertUser, keepAnAdmin, prepareUser, USERNAME_PATTERN } from '../../platform/auth/users.js';
import { recordAudit, type AuditEntry } from '../../platform/audit/audit-log.js';
import { auditSourceOf } from '../../platform/audit/request-source.js';
import { toIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { fetchPage, orderRows, pageOf, pageParams, PageQuery, SortQuery, sorting, textSort } from '../../platform/http/paging.js';
import type { App } from '../../platform/http/server.js';
import type { UsersTable } from '../../platform/auth/tables.js';
import type { Selectable } from 'kysely';
import { Id } from '../../platform/http/schema-types.js';

const TAGS = ['users'];

const UserView = Type.Object({
  username: Type.String(),
  displayName: Type.String(),
  role: Type.Enum(USER_ROLES),
  disabled: Type.Boolean(),
  lockedUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  mustChangePassword: Type.Boolean({ description: 'The password was set by an admin (or the command line) and is changed by the user at the next sign-in' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

const Password = Type.String({
  minLength: MIN_PASSWORD_LENGTH,
  maxLength: MAX_PASSWORD_LENGTH,
  description: `At least ${String(MIN_PASSWORD_LENGTH)} characters and not easy to guess; the user must change it at the next sign-in`,
});
const DisplayName = Type.String({ minLength: 1, maxLength: 200 });

type UserRow = Pick<Selectable<UsersTable>, 'username' | 'display_name' | 'role' | 'disabled' | 'locked_until' | 'must_change_password' | 'created_at' | 'updated_at'>;
const COLUMNS = ['username', 'display_name', 'role', 'disabled', 'locked_until', 'must_change_password', 'created_at', 'updated_at'] as const;

const UserSorting = sorting({
  fields: {
    username: textSort('username'),
    displayName: textSort('display_name'),
    role: textSort('role'),
    disabled: 'disabled',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  default: { sort: 'username', order: 'asc' },
  tiebreak: textSort('username'),
});

function view(row: UserRow, now: number) {
  return {
    username: row.username,
    displayName: row.display_name,
    role: row.role as (typeof USER_ROLES)[number],
    disabled: row.disabled === 1,
    lockedUntil: row.locked_until !== null && row.locked_until > now ? toIso(row.locked_until) : null,
    mustChangePassword: row.must_change_password === 1,
    createdAt: toIso(row.created_at) ?? '',
    updatedAt: toIso(row.updated_at) ?? '',
  };
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

/** Administration of the people who sign in to the web UI. Admin only. */
export function userRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: TAGS,
        summary: 'Users, by username',
        querystring: Type.Intersect([PageQuery, Type.Object({ role: Type.Optional(Type.Enum(USER_ROLES)), disabled: Type.Optional(Type.Boolean()) }), SortQuery(UserSorting)]),
        response: { 200: pageOf(UserView) },
      },
      config: { access: [] },
    },
    async (request) => {
      const { role, disabled } = request.query;
      let filtered = ctx.db.kysely.selectFrom('users');
      if (role !== undefined) filtered = filtered.where('role', '=', role);
      if (disabled !== undefined) filtered = filtered.where('disabled', '=', disabled ? 1 : 0);
      const now = ctx.clock.now();
      return fetchPage(filtered, pageParams(request.query), (q) => orderRows(q.select(COLUMNS), UserSorting, request.query, ctx.db.caps), (row) => view(row, now));
    },
  );

  app.post(
    '/api/v1/users',
    {
      schema: {
        tags: TAGS,
        summary: 'Create a user who signs in with a password',
        body: Type.Object(
          { username: Type.String({ pattern: USERNAME_PATTERN, maxLength: 64, description: 'Lower case letters, digits, dots, dashes, underscores' }), displayName: Type.Optional(DisplayName), role: Type.Enum(USER_ROLES), password: Password },
          { additionalProperties: false },
        ),
        response: { 201: UserView },
      },
      config: { access: [] },
    },
    async (request, reply) => {
      const now = ctx.clock.now();
      const prepared = await prepareUser({ ...request.body, origin: 'chosen-by-someone-else' });
      const row = await ctx.db.kysely.transaction().execute(async (trx) => {
        const created = await insertUser(trx, now, prepared);
        await recordAudit(trx, now, auditSourceOf(request), { action: 'user.created', target: { type: 'user', id: created.username }, detail: { role: prepared.role, displayName: prepared.displayName } });
        return trx.selectFrom('users').select(COLUMNS).where('id', '=', created.id).executeTakeFirstOrThrow();
      });
      return reply.status(201).send(view(row, now));
    },
  );

  app.patch(
    '/api/v1/users/:username',
    {
      schema: {
        tags: TAGS,
        summary: 'Change a user',
        description:
          'Disabling a user or setting a new password ends all of the user\'s sessions. A new password also lifts a lock after failed sign-ins, ' +
          'and the user must change it at the next sign-in. ' +
          'The last enabled admin can be neither disabled nor given another role (409 AUTH.LAST_ADMIN).',
        params: Type.Object({ username: Id({ maxLength: 200 }) }),
        body: Type.Object(
          { displayName: Type.Optional(DisplayName), role: Type.Optional(Type.Enum(USER_ROLES)), disabled: Type.Optional(Type.Boolean()), password: Type.Optional(Password) },
          { additionalProperties: false },
        ),
        response: { 200: UserView },
      },
      config: { access: [] },
    },
    async (request) => {
      const { displayName, role, disabled, password } = request.body;
      const now = ctx.clock.now();
      const current = await ctx.db.kysely.selectFrom('users').select(['display_name']).where('username', '=', request.params.username).executeTakeFirst();
      if (!current) throw notFound('User', request.params.username);
      if (password !== undefined) checkPassword(password, { userInputs: [request.params.username, displayName ?? current.display_name] });
      const passwordHash = password === undefined ? undefined : await hashPassword(password);
      return ctx.db.kysely.transaction().execute(async (trx) => {
        const user = await trx.selectFrom('users').select(['id', 'disabled', 'role', 'display_name']).where('username', '=', request.params.username).executeTakeFirst();
        if (!user) throw notFound('User', request.params.username);
        if (disabled === true) await keepAnAdmin(trx, ctx.db.caps, { id: user.id, username: request.params.username }, 'disable');
        if (role !== undefined && role !== 'admin') await keepAnAdmin(trx, ctx.db.caps, { id: user.id, username: request.params.username }, 'demote');
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
        const source = auditSourceOf(request);
        for (const entry of userChanges(user, { displayName: displayName?.trim(), role, disabled, newPassword: passwordHash !== undefined })) {
          await recordAudit(trx, now, source, { ...entry, target: { type: 'user', id: request.params.username } });
        }
        const row = await trx.selectFrom('users').select(COLUMNS).where('id', '=', user.id).executeTakeFirstOrThrow();
        return view(row, now);
      });
    },
  );
}
