import type { FastifyRequest } from 'fastify';
import { principalForKey } from '../auth/api-keys.js';
import { AuthErrors } from '../auth/errors.js';
import { confinedSourceSystem, mayAccess, type Access, type Principal } from '../auth/principal.js';
import { principalForSession, SESSION_TOKEN_PREFIX, type SessionSettings } from '../auth/sessions.js';
import type { Clock } from '../clock.js';
import { CommonErrors, DomainError } from '../errors.js';
import type { Executor } from '../db/database.js';
import type { App } from './server.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route. Every route must say; 'public' needs no key. */
    access?: readonly Access[] | 'public';
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const apiKey = request.headers['x-api-key'];
  return typeof apiKey === 'string' ? apiKey : undefined;
}

/**
 * Fails closed: a route that does not declare its access is a programming error caught at start-up,
 * and every declared route checks the key before validation or the handler run.
 */
async function principalFor(key: string, deps: AuthDeps): Promise<Principal> {
  if (key.startsWith(SESSION_TOKEN_PREFIX)) {
    const found = await principalForSession(deps.db, deps.clock.now(), deps.sessions, key);
    if (found === 'expired') throw new DomainError(AuthErrors.sessionExpired, 'The session expired; sign in again');
    if (!found) throw new DomainError(CommonErrors.unauthenticated, 'The session is unknown or was signed out; sign in again');
    return found;
  }
  const principal = await principalForKey(deps.db, key);
  if (!principal) throw new DomainError(CommonErrors.unauthenticated, 'The API key is unknown or revoked');
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
    const key = bearer(request);
    if (!key) throw new DomainError(CommonErrors.unauthenticated, 'Send an API key or session token as "Authorization: Bearer <key>"');
    const principal = await principalFor(key, deps);
    if (!mayAccess(principal, access)) {
      const who = principal.kind === 'source_system' ? 'A source system key' : principal.session ? `A ${principal.role}` : `A ${principal.role} key`;
      throw new DomainError(CommonErrors.forbidden, `${who} may not call this route`);
    }
    request.principal = principal;
  });
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
