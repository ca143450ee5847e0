import type { FastifyRequest } from 'fastify';
import { ACCESS_TOKEN_PREFIX, principalForAccessToken } from '../auth/access-tokens.js';
import { CredentialCache } from '../auth/credential-cache.js';
import { AuthErrors } from '../auth/errors.js';
import { confinedSourceSystem, mayAccess, type Access, type Principal } from '../auth/principal.js';
import { csrfTokenFor, isCsrfToken, SESSION_TOKEN_PREFIX, type SessionSettings } from '../auth/sessions.js';
import type { Clock } from '../clock.js';
import { CommonErrors, DomainError } from '../errors.js';
import type { Executor } from '../db/database.js';
import type { App } from './app.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route. Every route must say; 'public' needs no key. */
    access?: readonly Access[] | 'public';
    /** Open to a session whose password must still be changed (the session routes); every other route refuses it. */
    beforePasswordChange?: boolean;
  }
  interface FastifyRequest {
    /** Who may call the route: set once the credential is known and the access check passed. */
    principal?: Principal;
    /** Whose credential the request carries, set before the access check, so that a refusal can say who was refused. */
    authenticated?: Principal;
  }
}

/** The web UI's session travels in this HttpOnly cookie (see session-cookie.ts); integrations send a Bearer token. */
export const SESSION_COOKIE = 'quayside_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface Credential {
  key: string;
  /** A browser attaches a cookie on its own, also to requests another site makes it send: those need the CSRF check. */
  fromCookie: boolean;
}

function credentialOf(request: FastifyRequest): Credential | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return { key: header.slice('Bearer '.length).trim(), fromCookie: false };
  const apiKey = request.headers['x-api-key'];
  if (typeof apiKey === 'string') return { key: apiKey, fromCookie: false };
  const cookie = request.cookies[SESSION_COOKIE];
  // Only session tokens travel in the cookie; an API key never does.
  if (cookie?.startsWith(SESSION_TOKEN_PREFIX)) return { key: cookie, fromCookie: true };
  return undefined;
}

/**
 * Fails closed: a route that does not declare its access is a programming error caught at start-up,
 * and every declared route checks the key before validation or the handler run.
 */
async function principalFor(key: string, credentials: CredentialCache, clock: Clock, db: Executor): Promise<Principal> {
  if (key.startsWith(SESSION_TOKEN_PREFIX)) {
    const found = await credentials.sessionPrincipal(key, clock.now());
    if (found === 'expired') throw new DomainError(AuthErrors.sessionExpired, 'The session expired; sign in again');
    if (!found) throw new DomainError(CommonErrors.unauthenticated, 'The session is unknown or was signed out; sign in again');
    return found;
  }
  if (key.startsWith(ACCESS_TOKEN_PREFIX)) {
    const found = await principalForAccessToken(db, clock.now(), key);
    if (found === 'expired') throw new DomainError(AuthErrors.tokenExpired, 'The access token expired; ask the token endpoint for a new one');
    if (!found) throw new DomainError(CommonErrors.unauthenticated, 'The access token is unknown or its API key was revoked');
    return found;
  }
  // An expired key gets the answer of an unknown one: the caller learns nothing about keys it does not hold.
  const principal = await credentials.keyPrincipal(key, clock.now());
  if (!principal) throw new DomainError(CommonErrors.unauthenticated, 'The API key is unknown, revoked or expired');
  return principal;
}

const ACCESS_PARAGRAPH = /\n*Access: [^\n]*$/;

/** Who may call a route, as the API reference says it: admins always, and the roles the route names. */
export function accessText(roles: readonly string[] | 'public'): string {
  if (roles === 'public') return 'Access: public, no key needed.';
  const others = roles.filter((r) => r !== 'admin');
  return others.length === 0 ? 'Access: admin only.' : `Access: admin, ${others.join(', ')}.`;
}

/**
 * The route's description with one Access paragraph at its end. onRoute runs again for the HEAD route
 * Fastify adds to a GET, with the same schema object, so an Access paragraph already there is replaced.
 */
export function withAccessParagraph(description: string | undefined, roles: readonly string[] | 'public'): string {
  const base = (description ?? '').replace(ACCESS_PARAGRAPH, '').trim();
  return base ? `${base}\n\n${accessText(roles)}` : accessText(roles);
}

export interface AuthDeps {
  db: Executor;
  clock: Clock;
  sessions: SessionSettings;
}

export function installAuth(app: App, deps: AuthDeps): void {
  // One per app: tests build several apps in one process, each on its own database.
  const credentials = new CredentialCache(deps.db, deps.sessions);
  app.addHook('onRoute', (route) => {
    const access = (route.config as { access?: unknown } | undefined)?.access;
    const internal = route.url.startsWith('/docs') || route.method === 'HEAD';
    if (access === undefined && !internal) {
      throw new Error(`route ${String(route.method)} ${route.url} does not declare config.access`);
    }
    if ((Array.isArray(access) || access === 'public') && route.schema && !route.schema.hide) {
      route.schema.description = withAccessParagraph(route.schema.description, access as readonly string[] | 'public');
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    const credential = credentialOf(request);
    if (!credential) throw new DomainError(CommonErrors.unauthenticated, 'Send an API key or session token as "Authorization: Bearer <key>"');
    const principal = await principalFor(credential.key, credentials, deps.clock, deps.db);
    request.authenticated = principal;
    const csrfToken = () => (principal.kind === 'user' && principal.session ? principal.session.csrfToken : csrfTokenFor(credential.key));
    if (credential.fromCookie && !SAFE_METHODS.has(request.method) && !isCsrfToken(csrfToken(), headerValue(request, CSRF_HEADER))) {
      throw new DomainError(AuthErrors.csrfTokenInvalid, `A change sent with the session cookie must carry the session's CSRF token in the ${CSRF_HEADER} header`);
    }
    if (principal.kind === 'user' && principal.session?.mustChangePassword && request.routeOptions.config.beforePasswordChange !== true) {
      throw new DomainError(AuthErrors.passwordChangeRequired, 'Your password was set by someone else; choose your own with PUT /api/v1/session/password first');
    }
    if (!mayAccess(principal, access)) {
      const who = principal.kind === 'source_system' ? 'A source system key' : principal.session ? `A ${principal.role}` : `A ${principal.role} key`;
      throw new DomainError(CommonErrors.forbidden, `${who} may not call this route`);
    }
    request.principal = principal;
  });
}

function headerValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('route reached without a principal: access must not be public');
  return request.principal;
}

/**
 * Resolves which source system a request is about. An integration client is confined to its own;
 * naming another one is forbidden rather than silently ignored.
 */
export function scopedSourceSystem(request: FastifyRequest, requested: string | undefined): string | undefined {
  const own = confinedSourceSystem(principalOf(request));
  if (own === undefined) return requested;
  if (requested !== undefined && requested !== own) {
    throw new DomainError(CommonErrors.forbidden, `This key belongs to source system '${own}' and may not act for '${requested}'`, [
      { field: 'sourceSystemId', reason: 'belongs to another source system', value: requested },
    ]);
  }
  return own;
}
