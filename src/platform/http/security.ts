import { createRequire } from 'node:module';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthErrors } from '../auth/errors.js';
import type { Config, RateWindow } from '../config.js';
import { DomainError } from '../errors.js';
import type { App } from './app.js';

export type SecuritySettings = Pick<Config, 'rateLimit' | 'trustProxy'>;

/**
 * The UI is built by Vite into files served from 'self' with no inline script or style, so the policy can be
 * strict: an injected <script>, an inline event handler or a foreign script source does not run.
 * frame-ancestors 'none' stops clickjacking of the signed-in UI. No upgrade-insecure-requests: on a plain-HTTP
 * installation (a warehouse LAN) it would make the browser ask for every file over HTTPS and get nothing.
 */
const UI_CSP = {
  defaultSrc: ["'self'"],
  baseUri: ["'none'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  // 'wasm-unsafe-eval' lets the camera's bar code decoder (ZXing compiled to WebAssembly, served from 'self')
  // compile; it allows WebAssembly only, never eval() of script text (ADR 0023).
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  // The mobile app's service worker (/sw.js, ADR 0023).
  workerSrc: ["'self'"],
};

/**
 * Swagger UI (/docs) sets style attributes from its scripts and draws its icons from data: URIs; it gets
 * inline styles, and nothing else more than the UI.
 */
const DOCS_CSP =
  "default-src 'self'; base-uri 'none'; connect-src 'self'; font-src 'self' data:; form-action 'self'; frame-ancestors 'none'; " +
  "img-src 'self' data:; object-src 'none'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'";

/** Sent only on answers to requests that came over TLS: a browser ignores it over plain HTTP anyway. */
const HSTS = 'max-age=31536000';

/** The API, the D365-compatible service and its token endpoint (also under an Azure AD style tenant segment). */
const COUNTED = /^\/(?:api\/|data(?:\/|\?|$)|(?:[^/?]+\/)?oauth2\/)/;

/**
 * helmet, as @fastify/helmet depends on it. @fastify/helmet builds helmet's middleware again for every
 * request (parsing the CSP directives each time: a tenth of the CPU of a request that does little else);
 * the middleware built once sets the same headers.
 */
const localRequire = createRequire(import.meta.url);
const helmet = createRequire(localRequire.resolve('@fastify/helmet'))('helmet') as typeof import('helmet').default;

const tooMany = (after: string) => new DomainError(AuthErrors.rateLimited, `Too many requests; try again in ${after}`);

function retryAfterText(seconds: number): string {
  return `${String(seconds)} second${seconds === 1 ? '' : 's'}`;
}

/** Who a request counts against: its session or API key once authenticated, else its address (IPv6 per /64). */
function credentialKey(request: FastifyRequest): string {
  const principal = request.principal;
  if (principal?.kind === 'user' && principal.session) return `session:${String(principal.session.id)}`;
  if (principal?.keyId !== undefined) return `key:${String(principal.keyId)}`;
  return `address:${normalizeIP(request.ip)}`;
}

/**
 * Security headers (helmet), cookies, and rate limiting for the API. Registered before the routes, so that
 * the rate limiter's per-route hook is added to each; it runs after the authentication hook (route hooks run
 * after app hooks), so it can count per API key or session.
 */
export async function installSecurity(app: App, settings: SecuritySettings): Promise<void> {
  await app.register(fastifyCookie);
  const securityHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: UI_CSP },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined));
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url === '/docs' || request.url.startsWith('/docs/')) reply.header('content-security-policy', DOCS_CSP);
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });
  app.addHook('onError', async (_request, reply, error) => {
    if (error instanceof DomainError && error.code === AuthErrors.busy.code) reply.header('retry-after', '1');
  });

  const api = settings.rateLimit.apiPerCredential;
  await app.register(fastifyRateLimit, {
    global: true,
    max: api.max,
    timeWindow: api.windowSeconds * 1000,
    cache: 10_000,
    keyGenerator: credentialKey,
    // The UI's files, /docs and the health checks are not the API; sign-in has limits of its own. The
    // D365-compatible service (/data/) and its token endpoint (/oauth2/, counted per address) are.
    allowList: (request) => !settings.rateLimit.enabled || !COUNTED.test(request.url),
    errorResponseBuilder: (_request, context) => tooMany(context.after),
  });
}

export interface SignInLimits {
  /** Before the body is read: attempts from this address. */
  byAddress: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Once the body is read: attempts for its username, from anywhere. */
  byUsername: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
}

function usernameKey(request: FastifyRequest): string {
  const username = (request.body as { username?: unknown } | undefined)?.username;
  return `username:${typeof username === 'string' ? username.trim().toLowerCase() : ''}`;
}

/**
 * Sign-in has two limits on top of the account lock: per address (one machine guessing many accounts) and
 * per username (many machines guessing one account). Over either: 429, Retry-After, nothing checked.
 */
export function signInLimits(app: App, settings: Config['rateLimit']): SignInLimits {
  const limiter = (window: RateWindow, keyGenerator: (request: FastifyRequest) => string) =>
    app.createRateLimit({ max: window.max, timeWindow: window.windowSeconds * 1000, keyGenerator });
  const perAddress = limiter(settings.signInPerAddress, (request) => `address:${normalizeIP(request.ip)}`);
  const perUsername = limiter(settings.signInPerUsername, usernameKey);
  const enforce = async (reply: FastifyReply, check: () => Promise<{ isAllowed: boolean; isExceeded?: boolean; ttlInSeconds?: number }>) => {
    if (!settings.enabled) return;
    const result = await check();
    if (result.isAllowed || result.isExceeded !== true) return;
    const seconds = Math.max(1, result.ttlInSeconds ?? 1);
    reply.header('retry-after', String(seconds));
    throw tooMany(retryAfterText(seconds));
  };
  return {
    byAddress: (request, reply) => enforce(reply, () => perAddress(request)),
    byUsername: (request, reply) => enforce(reply, () => perUsername(request)),
  };
}
