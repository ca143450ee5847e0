import { sql } from 'kysely';
import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { USER_ROLES } from '../../../platform/auth/principal.js';
import type { App } from '../../../platform/http/server.js';
import { count, literal } from '../db/buckets.js';
import { DAY_MS, dayEnds } from '../domain/time-window.js';
import { TimeZoneQuery } from './schemas.js';

const SIGN_IN_DAYS = 14;

const UsersOverview = Type.Object({
  generatedAt: Type.String(),
  byRole: Type.Array(Type.Object({ role: Type.String(), enabled: Type.Integer(), disabled: Type.Integer() })),
  locked: Type.Integer({ description: 'Locked for now after failed sign-ins' }),
  mustChangePassword: Type.Integer({ description: 'Signing in next with a password someone else chose' }),
  activeSessions: Type.Integer({ description: 'Sessions neither signed out nor expired' }),
  signInsPerDay: Type.Array(Type.Object({ dayStart: Type.String(), count: Type.Integer() }), { description: `Sessions started on each of the last ${String(SIGN_IN_DAYS)} days, oldest first (as far as sessions are kept)` }),
});

/** Who may sign in, who cannot, and how much the desk and the floor sign in, for admins. */
export function usersOverviewRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/overviews/users',
    {
      schema: {
        tags: ['overviews'],
        summary: "The users workspace's overview: users by role, locked, disabled and waiting to choose a password, active sessions, sign-ins per day",
        querystring: TimeZoneQuery,
        response: { 200: UsersOverview },
      },
      config: { access: [] },
    },
    async (request) => {
      const now = ctx.clock.now();
      // The day starts: one millisecond after the end of the day before.
      const ends = dayEnds(now, SIGN_IN_DAYS + 1, request.query.utcOffsetMinutes ?? 0);
      const starts = ends.slice(0, -1).map((end) => end + 1);
      const from = starts[0] ?? now;
      const db = ctx.db.kysely;
      const day = sql<number>`(created_at - ${literal(from)}) / ${literal(DAY_MS)}`;
      const [roles, locked, mustChange, sessions, signIns] = await Promise.all([
        db.selectFrom('users').select(['role', 'disabled', (eb) => eb.fn.countAll<number>().as('n')]).groupBy(['role', 'disabled']).execute(),
        db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('locked_until', '>', now).executeTakeFirst(),
        db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('must_change_password', '=', 1).where('disabled', '=', 0).executeTakeFirst(),
        db.selectFrom('user_sessions').select((eb) => eb.fn.countAll<number>().as('n')).where('revoked_at', 'is', null).where('expires_at', '>', now).executeTakeFirst(),
        db.selectFrom('user_sessions').select([day.as('day'), (eb) => eb.fn.countAll<number>().as('n')]).where('created_at', '>=', from).groupBy(day).execute(),
      ]);
      const users = (role: string, disabled: boolean) => count(roles.find((r) => r.role === role && Number(r.disabled) === (disabled ? 1 : 0)));
      return {
        generatedAt: new Date(now).toISOString(),
        byRole: USER_ROLES.map((role) => ({ role, enabled: users(role, false), disabled: users(role, true) })),
        locked: count(locked),
        mustChangePassword: count(mustChange),
        activeSessions: count(sessions),
        signInsPerDay: starts.map((start, i) => ({ dayStart: new Date(start).toISOString(), count: count(signIns.find((s) => Number(s.day) === i)) })),
      };
    },
  );
}
