import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { buildQuayside, type Quayside } from '../../src/main.js';
import { createApiKey } from '../../src/platform/auth/api-keys.js';
import { defaultConfig } from '../../src/platform/config.js';
import type { ApiResponse, Client } from '../../test/support/harness.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createReadyUser } from '../../test/support/users.js';
import { tableResolver, testSecretBox } from '../../test/support/offline-resolver.js';

export type Role = 'admin' | 'warehouse_manager' | 'planner' | 'integration_operator' | 'warehouse_worker';

export interface RunningQuayside {
  q: Quayside;
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** An admin API client over real HTTP, for setting up what a test needs. */
  admin: Client;
  /** A client for any API key (e.g. a source system's), over real HTTP. */
  as(key: string): Client;
  newSourceSystemKey(sourceSystemId: string): Promise<string>;
  /**
   * Creates a user through the API, as an admin does, and chooses the user's own password through the API as
   * the first sign-in requires; returns the credentials to type into the sign-in page.
   */
  createUser(role: Role, username?: string): Promise<{ username: string; password: string }>;
  /**
   * Drops every request whose path matches, as a lost connection does (the socket closes, no answer),
   * until the returned function is called. The browser's offline emulation alone does not always reach a
   * page its service worker has just reloaded; this cut is certain.
   */
  cutConnections(path: RegExp): () => void;
  /** Holds every request whose path matches for `ms` before Quayside sees it, as a slow network does. */
  delayRequests(path: RegExp, ms: number): () => void;
  close(): Promise<void>;
}

function httpClient(base: string, key: string | undefined): Client {
  const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse> => {
    const res = await fetch(base + url, {
      method,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const type = res.headers.get('content-type') ?? '';
    const text = await res.text();
    return { status: res.status, body: type.includes('json') && text ? JSON.parse(text) : text, headers: Object.fromEntries(res.headers.entries()) };
  };
  return {
    get: (url) => call('GET', url),
    post: (url, body, headers) => call('POST', url, body ?? {}, headers),
    put: (url, body) => call('PUT', url, body ?? {}),
    patch: (url, body) => call('PATCH', url, body ?? {}),
    delete: (url) => call('DELETE', url),
  };
}

/**
 * A real Quayside for browser tests: HTTP on a free port, the built UI from web/dist, the background
 * worker running, on the test database (SQLite file, or PostgreSQL with QUAYSIDE_TEST_DB=postgres).
 */
export async function startQuayside(): Promise<RunningQuayside> {
  const testDb: TestDatabase = await createTestDatabase({ file: true });
  const q = await buildQuayside({
    config: {
      ...defaultConfig,
      logLevel: 'silent',
      worker: { ...defaultConfig.worker, pollIntervalMs: 100 },
      // The tests' receivers are local (and closed ports there); loopback is refused unless allowed.
      webhooks: { ...defaultConfig.webhooks, allowedTargets: ['127.0.0.1/32'] },
    },
    db: testDb.db,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    logRequests: false,
    secrets: testSecretBox(),
    resolveHost: tableResolver(),
  });
  const cuts = new Set<RegExp>();
  const delays = new Map<RegExp, number>();
  const [handle] = q.app.server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  if (!handle) throw new Error('the HTTP server has no request handler');
  q.app.server.removeAllListeners('request');
  q.app.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if ([...cuts].some((cut) => cut.test(path))) return void req.socket.destroy();
    const delay = [...delays].find(([pattern]) => pattern.test(path))?.[1];
    if (delay === undefined) handle(req, res);
    else setTimeout(() => handle(req, res), delay);
  });
  await q.app.listen({ port: 0, host: '127.0.0.1' });
  q.worker.start();
  const url = `http://127.0.0.1:${String((q.app.server.address() as AddressInfo).port)}`;
  const adminKey = (await createApiKey(q.ctx.db.kysely, q.ctx.ids, q.ctx.clock.now(), 'browser test admin', { kind: 'user', role: 'admin' })).key;
  const admin = httpClient(url, adminKey);
  let users = 0;
  return {
    q,
    url,
    admin,
    as: (key) => httpClient(url, key),
    newSourceSystemKey: async (sourceSystemId) => (await createApiKey(q.ctx.db.kysely, q.ctx.ids, q.ctx.clock.now(), `${sourceSystemId} integration`, { kind: 'source_system', sourceSystemId })).key,
    createUser(role, username = `${role.replace('_', '-')}-${String(++users)}`) {
      return createReadyUser(admin, httpClient(url, undefined), (token) => httpClient(url, token), { username, displayName: username, role });
    },
    cutConnections(path) {
      cuts.add(path);
      return () => cuts.delete(path);
    },
    delayRequests(path, ms) {
      delays.set(path, ms);
      return () => delays.delete(path);
    },
    async close() {
      await q.close();
      await testDb.drop();
    },
  };
}
