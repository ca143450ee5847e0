import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { buildQuayside, type Quayside } from '../../src/main.js';
import { createApiKey, type NewKeySubject } from '../../src/platform/auth/api-keys.js';
import { ManualClock, type Clock } from '../../src/platform/clock.js';
import { defaultConfig, type Config } from '../../src/platform/config.js';
import type { SecretBox } from '../../src/platform/crypto/secret-box.js';
import type { HostResolver } from '../../src/platform/net/outbound-target.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { tableResolver, testSecretBox } from './offline-resolver.js';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface Client {
  get<T = any>(url: string): Promise<ApiResponse<T>>;
  post<T = any>(url: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  put<T = any>(url: string, body?: unknown): Promise<ApiResponse<T>>;
  patch<T = any>(url: string, body?: unknown): Promise<ApiResponse<T>>;
  delete<T = any>(url: string): Promise<ApiResponse<T>>;
}

export interface TestApp {
  q: Quayside;
  clock: ManualClock;
  testDb: TestDatabase;
  /** An admin client. */
  admin: Client;
  as(key: string | undefined): Client;
  newKey(subject: NewKeySubject, name?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  config?: Partial<Config>;
  clock?: Clock;
  file?: boolean;
  /** Webhook host names; by default only localhost resolves (no test asks a real DNS server). */
  resolveHost?: HostResolver;
  secrets?: SecretBox;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const testDb = await createTestDatabase({ file: options.file ?? false });
  const clock = options.clock instanceof ManualClock ? options.clock : new ManualClock();
  const q = await buildQuayside({
    config: { ...defaultConfig, ...options.config, logLevel: 'silent' },
    db: testDb.db,
    clock,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    logRequests: false,
    secrets: options.secrets ?? testSecretBox(),
    resolveHost: options.resolveHost ?? tableResolver(),
  });
  const as = (key: string | undefined): Client => {
    const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}) => {
      const res = await q.app.inject({
        method,
        url,
        headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
        ...(body === undefined ? {} : typeof body === 'string' ? { payload: body } : { payload: body as object }),
      });
      const type = String(res.headers['content-type'] ?? '');
      return { status: res.statusCode, body: type.includes('json') && res.body ? res.json() : res.body, headers: res.headers };
    };
    return {
      get: (url) => call('GET', url),
      post: (url, body, headers) => call('POST', url, body ?? {}, headers),
      put: (url, body) => call('PUT', url, body ?? {}),
      patch: (url, body) => call('PATCH', url, body ?? {}),
      delete: (url) => call('DELETE', url),
    };
  };
  const newKey = async (subject: NewKeySubject, name = 'test') => (await createApiKey(q.ctx.db.kysely, q.ctx.ids, clock.now(), name, subject)).key;
  const adminKey = await newKey({ kind: 'user', role: 'admin' }, 'test admin');
  return {
    q,
    clock,
    testDb,
    admin: as(adminKey),
    as,
    newKey,
    close: async () => {
      await q.close();
      await testDb.drop();
    },
  };
}

/** Starts one app for a test file and closes it afterwards. */
export function useTestApp(options: TestAppOptions = {}): () => TestApp {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp(options);
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('test app not started');
    return app;
  };
}
