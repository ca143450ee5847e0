import { Type } from 'typebox';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../../platform/auth/passwords.js';
import { USER_ROLES } from '../../../platform/auth/principal.js';
import { changeOwnPassword, setOwnLanguage, signIn, USER_LANGUAGES, userLanguageOf } from '../../../platform/auth/sessions.js';
import { auditSourceOf } from '../../../platform/audit/request-source.js';
import { toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { CommonErrors, DomainError } from '../../../platform/errors.js';
import { CSRF_HEADER, principalOf, SESSION_COOKIE } from '../../../platform/http/auth.js';
import { signInLimits } from '../../../platform/http/security.js';
import type { App } from '../../../platform/http/server.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { signOut } from '../commands/sign-out.js';

const TAGS = ['sessions'];
const ANY_USER = ['warehouse_manager', 'planner', 'integration_operator', 'warehouse_worker'] as const;
/** A username and a password fit in far less; a big body only costs parsing (a 3.5 MB sign-in once took seconds). */
const SIGN_IN_BODY_LIMIT = 4096;

const Language = Type.Union([Type.Enum(USER_LANGUAGES), Type.Null()], {
  description: "The web UI's language the person chose; null: none chosen, the browser's language applies",
});
export const SessionUserView = Type.Object({ username: Type.String(), displayName: Type.String(), role: Type.Enum(USER_ROLES), language: Language });
const SessionView = Type.Object({
  user: SessionUserView,
  expiresAt: Type.String({ format: 'date-time' }),
  mustChangePassword: Type.Boolean({ description: 'The password was set by someone else: until it is changed, only the session routes answer' }),
  csrfToken: Type.String({ description: `Send it in the ${CSRF_HEADER} header with every change made with the session cookie` }),
});

function sessionOf(request: FastifyRequest) {
  const principal = principalOf(request);
  if (principal.kind !== 'user' || !principal.session) {
    throw new DomainError(CommonErrors.notFound, 'This request is authenticated with an API key, not a session');
  }
  return { ...principal.session, role: principal.role };
}

/** The cookie lives as long as the session can; the server ends it sooner when it goes unused. */
function setSessionCookie(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.sessions.secureCookie === 'always' || request.protocol === 'https',
    path: '/api',
    maxAge: ctx.config.sessions.maxLifetimeMinutes * 60,
  });
}

/**
 * Password sign-in. The web UI asks for an HttpOnly cookie (`cookie: true`), which no script in the page can
 * read; integrations and scripts get the token in the answer and send it as `Authorization: Bearer <token>`.
 */
export function sessionRoutes(app: App, ctx: AppContext): void {
  const limits = signInLimits(app, ctx.config.rateLimit);
  const sessionView = async (request: FastifyRequest) => {
    const session = sessionOf(request);
    const user = await ctx.db.kysely.selectFrom('users').select(['username', 'display_name', 'language']).where('username', '=', session.username).executeTakeFirstOrThrow();
    return {
      user: { username: user.username, displayName: user.display_name, role: session.role, language: userLanguageOf(user.language) },
      expiresAt: toIso(session.expiresAt) ?? '',
      mustChangePassword: session.mustChangePassword,
      csrfToken: session.csrfToken,
    };
  };

  app.post(
    '/api/v1/sessions',
    {
      bodyLimit: SIGN_IN_BODY_LIMIT,
      onRequest: limits.byAddress,
      preHandler: limits.byUsername,
      schema: {
        tags: TAGS,
        summary: 'Sign in with a username and password',
        description:
          'Answers a session token to send as `Authorization: Bearer <token>`, or with `cookie: true` sets it as an HttpOnly, SameSite=Strict ' +
          `cookie instead (the web UI); changes made with the cookie must carry \`csrfToken\` in the ${CSRF_HEADER} header. The session ends after ` +
          `${String(ctx.config.sessions.idleTimeoutMinutes)} minutes without use and at the latest ` +
          `${String(ctx.config.sessions.maxLifetimeMinutes)} minutes after sign-in. A wrong username, a wrong password, a disabled user and a ` +
          'locked account (ten failures in a row lock it for five minutes) all get the same 401. Sign-ins are limited per client address and per ' +
          'username (429 with Retry-After), and answered 503 with Retry-After when too many passwords are being checked at once. ' +
          'When `mustChangePassword` is true, the password was set by someone else and must be changed (PUT /api/v1/session/password) before anything else.',
        security: [],
        body: Type.Object(
          {
            username: Type.String({ minLength: 1, maxLength: 200 }),
            password: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }),
            cookie: Type.Optional(Type.Boolean({ description: 'Set the session as an HttpOnly cookie and leave the token out of the answer (the web UI)' })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            token: Type.Optional(Type.String({ description: 'Left out when the session is set as a cookie' })),
            csrfToken: Type.String(),
            expiresAt: Type.String({ format: 'date-time' }),
            mustChangePassword: Type.Boolean(),
            user: SessionUserView,
          }),
        },
      },
      config: { access: 'public', rateLimit: false },
    },
    async (request, reply) => {
      const signedIn = await signIn(ctx.db.kysely, ctx.ids, ctx.clock.now(), ctx.config.sessions, request.body.username, request.body.password, auditSourceOf(request));
      const answer = { csrfToken: signedIn.csrfToken, expiresAt: toIso(signedIn.expiresAt) ?? '', mustChangePassword: signedIn.mustChangePassword, user: signedIn.user };
      if (request.body.cookie === true) {
        setSessionCookie(ctx, request, reply, signedIn.token);
        return reply.status(201).send(answer);
      }
      return reply.status(201).send({ token: signedIn.token, ...answer });
    },
  );

  app.get(
    '/api/v1/session',
    {
      schema: { tags: TAGS, summary: 'The signed-in user, when the session ends if left unused, and its CSRF token', response: { 200: SessionView } },
      config: { access: ANY_USER, beforePasswordChange: true },
    },
    sessionView,
  );

  app.put(
    '/api/v1/session/password',
    {
      bodyLimit: SIGN_IN_BODY_LIMIT,
      schema: {
        tags: TAGS,
        summary: 'Change your own password',
        description:
          `The new password needs at least ${String(MIN_PASSWORD_LENGTH)} characters and must not be easy to guess (common passwords, ` +
          'keyboard patterns, repeats, your own names are refused with the reason). The current password is checked like a sign-in: ' +
          'ten wrong ones in a row lock the account for five minutes. Your other sessions end; this one goes on.',
        body: Type.Object(
          {
            currentPassword: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }),
            newPassword: Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH }),
          },
          { additionalProperties: false },
        ),
        response: { 200: SessionView },
      },
      config: { access: ANY_USER, beforePasswordChange: true },
    },
    async (request) => {
      const session = sessionOf(request);
      await changeOwnPassword(ctx.db.kysely, ctx.clock.now(), session.id, session.username, request.body.currentPassword, request.body.newPassword, auditSourceOf(request));
      const view = await sessionView(request);
      return { ...view, mustChangePassword: false };
    },
  );

  app.patch(
    '/api/v1/session/preferences',
    {
      schema: {
        tags: TAGS,
        summary: 'Change your own preferences: the language of the web UI',
        description: 'Kept with the user, so the choice follows them to every device and sign-in. `null` goes back to the browser\'s language.',
        body: Type.Object({ language: Language }, { additionalProperties: false }),
        response: { 200: SessionView },
      },
      config: { access: ANY_USER },
    },
    async (request) => {
      await setOwnLanguage(ctx.db.kysely, ctx.clock.now(), sessionOf(request).username, request.body.language);
      return sessionView(request);
    },
  );

  app.delete(
    '/api/v1/session',
    {
      schema: { tags: TAGS, summary: 'Sign out: ends the session whose token is sent (and removes its cookie)', response: { 204: Type.Null() } },
      config: { access: ANY_USER, beforePasswordChange: true },
    },
    async (request, reply) => {
      const session = sessionOf(request);
      await signOut(ctx, session, auditSourceOf(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/api' });
      return reply.status(204).send(null);
    },
  );
}
