import { Type } from 'typebox';
import { USER_ROLES } from '../../platform/auth/principal.js';
import { endSession, signIn } from '../../platform/auth/sessions.js';
import { toIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { CommonErrors, DomainError } from '../../platform/errors.js';
import { principalOf } from '../../platform/http/auth.js';
import type { App } from '../../platform/http/server.js';
import type { FastifyRequest } from 'fastify';

const TAGS = ['sessions'];
const ANY_USER = ['warehouse_manager', 'planner', 'integration_operator', 'warehouse_worker'] as const;

export const SessionUserView = Type.Object({ username: Type.String(), displayName: Type.String(), role: Type.Enum(USER_ROLES) });
const SessionView = Type.Object({ user: SessionUserView, expiresAt: Type.String({ format: 'date-time' }) });

function sessionOf(request: FastifyRequest) {
  const principal = principalOf(request);
  if (principal.kind !== 'user' || !principal.session) {
    throw new DomainError(CommonErrors.notFound, 'This request is authenticated with an API key, not a session');
  }
  return { ...principal.session, role: principal.role };
}

/** Password sign-in for the web UI: the token answered is sent back as `Authorization: Bearer <token>`. */
export function sessionRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/sessions',
    {
      schema: {
        tags: TAGS,
        summary: 'Sign in with a username and password',
        description:
          'Answers a session token to send as `Authorization: Bearer <token>`. The session ends after ' +
          `${String(ctx.config.sessions.idleTimeoutMinutes)} minutes without use and at the latest ` +
          `${String(ctx.config.sessions.maxLifetimeMinutes)} minutes after sign-in. A wrong username and a wrong password get the same answer.`,
        security: [],
        body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 200 }), password: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false }),
        response: { 201: Type.Object({ token: Type.String(), expiresAt: Type.String({ format: 'date-time' }), user: SessionUserView }) },
      },
      // Public: a few KB hold any username and password, so a large body is refused before it is read.
      bodyLimit: 4096,
      config: { access: 'public' },
    },
    async (request, reply) => {
      const signedIn = await signIn(ctx.db.kysely, ctx.ids, ctx.clock.now(), ctx.config.sessions, request.body.username, request.body.password);
      return reply.status(201).send({ token: signedIn.token, expiresAt: toIso(signedIn.expiresAt) ?? '', user: signedIn.user });
    },
  );

  app.get(
    '/api/v1/session',
    { schema: { tags: TAGS, summary: 'The signed-in user and when the session ends if left unused', response: { 200: SessionView } }, config: { access: ANY_USER } },
    async (request) => {
      const session = sessionOf(request);
      const user = await ctx.db.kysely.selectFrom('users').select(['username', 'display_name']).where('username', '=', session.username).executeTakeFirstOrThrow();
      return {
        user: { username: user.username, displayName: user.display_name, role: session.role },
        expiresAt: toIso(session.expiresAt) ?? '',
      };
    },
  );

  app.delete(
    '/api/v1/session',
    { schema: { tags: TAGS, summary: 'Sign out: ends the session whose token is sent', response: { 204: Type.Null() } }, config: { access: ANY_USER } },
    async (request, reply) => {
      await endSession(ctx.db.kysely, ctx.clock.now(), sessionOf(request).id);
      return reply.status(204).send(null);
    },
  );
}
