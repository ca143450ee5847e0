import { Type } from 'typebox';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../../platform/auth/passwords.js';
import { USER_ROLES } from '../../../platform/auth/principal.js';
import { USERNAME_PATTERN } from '../../../platform/auth/users.js';
import { auditSourceOf } from '../../../platform/audit/request-source.js';
import { toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { fetchPage, orderRows, pageOf, pageParams, PageQuery, SortQuery, sorting, textSort } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { Id } from '../../../platform/http/schema-types.js';
import { changeUser, createUserAccount, USER_COLUMNS, type UserRow } from '../commands/manage-users.js';

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
      return fetchPage(filtered, pageParams(request.query), (q) => orderRows(q.select(USER_COLUMNS), UserSorting, request.query, ctx.db.caps), (row) => view(row, now));
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
      const row = await createUserAccount(ctx, request.body, auditSourceOf(request));
      return reply.status(201).send(view(row, ctx.clock.now()));
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
    async (request) => view(await changeUser(ctx, request.params.username, request.body, auditSourceOf(request)), ctx.clock.now()),
  );
}
