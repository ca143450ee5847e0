import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTargetPolicy } from './net/address-policy.js';

/**
 * Configuration comes from defaults, then a JSON config file, then environment variables
 * (the environment wins, so that one config file can serve several processes).
 */
export interface Config {
  port: number;
  /**
   * The address to listen on. Unset: all interfaces (0.0.0.0), except `serve --demo`, which listens on 127.0.0.1
   * so that demo users with a published password are not reachable from the network. Env HOST.
   */
  host?: string;
  /**
   * Which proxies in front of Quayside to believe about the client's address and protocol (X-Forwarded-For,
   * X-Forwarded-Proto): false (default: none), true (any), a hop count, or addresses/CIDRs separated by commas.
   * Needed behind a TLS-terminating proxy, or rate limits per address see only the proxy. Env QUAYSIDE_TRUST_PROXY.
   */
  trustProxy: boolean | string;
  /** `sqlite:<path>` (default `sqlite:./data/quayside.db`) or `postgres://...`. */
  databaseUrl: string;
  logLevel: string;
  /**
   * Where Quayside keeps files of its own besides the database: first-start credentials and generated keys
   * (owner-only, mode 0600). Default `./data`; env QUAYSIDE_DATA_DIR.
   */
  dataDir: string;
  /** Run background jobs inside `serve` (the default). `quayside worker` always runs them. */
  runWorkerInServe: boolean;
  worker: {
    /** How often the worker looks for due processes, messages and webhook deliveries. */
    pollIntervalMs: number;
    /** Messages processed per database transaction; a batch that hits an unexpected error is redone one message per transaction. */
    messageBatchSize: number;
    /**
     * A batch takes no further message once it has run this long: on SQLite a batch holds the one connection
     * and, its queries being synchronous, the event loop, so requests wait about this long at most while a
     * backlog drains. At least one message per batch.
     */
    messageBatchMs: number;
    /** How long a claimed process or message stays leased to one worker before another may take it. */
    leaseMs: number;
  };
  webhooks: {
    maxAttempts: number;
    timeoutMs: number;
    /** First retry delay; doubles per attempt up to maxBackoffMs. */
    baseBackoffMs: number;
    maxBackoffMs: number;
    /**
     * Receivers allowed on non-public addresses (an on-premises ERP): CIDR ranges (`10.20.0.0/16`), single
     * addresses, host names, `*.corp.example`. Everything else must be a public address. Env
     * QUAYSIDE_WEBHOOK_ALLOWED_TARGETS (comma-separated).
     */
    allowedTargets: string[];
    /** Deliveries in flight at once in one sender process. */
    concurrency: number;
    /** ... of them for one subscription, and for one source system's subscriptions, so one slow receiver cannot hold them all. */
    perSubscriptionConcurrency: number;
    perSourceSystemConcurrency: number;
  };
  sessions: {
    /** A web UI session unused this long ends; every use renews it (default 8 hours, one shift). */
    idleTimeoutMinutes: number;
    /** A session ends this long after sign-in however active it is (default 12 hours). */
    maxLifetimeMinutes: number;
    /**
     * When the web UI's session cookie is marked Secure: 'auto' when the request came over TLS (directly or, with
     * trustProxy, as X-Forwarded-Proto says), 'always' for every request. Env QUAYSIDE_SECURE_COOKIE=always.
     */
    secureCookie: 'auto' | 'always';
  };
  /** Requests allowed per window; over it the answer is 429 with Retry-After (see docs/security.md). */
  rateLimit: {
    /** Off only for benchmarks and load tests. */
    enabled: boolean;
    /** Sign-in attempts per client address (IPv6: per /64). */
    signInPerAddress: RateWindow;
    /** Sign-in attempts per username, whoever sends them. */
    signInPerUsername: RateWindow;
    /** API requests per API key or per signed-in session. */
    apiPerCredential: RateWindow;
  };
  passwords: {
    /**
     * Password hashes (scrypt, 32 MiB each) computed at once. They run on Node's thread pool (4 threads) that
     * file reads and DNS share, so a burst of sign-ins must not take all of it.
     */
    hashConcurrency: number;
    /** Sign-ins that may wait for a hash slot; more are answered 503 with Retry-After. */
    hashQueue: number;
  };
  /** The built web UI served at `/`; default `<package root>/web/dist`. */
  uiDir?: string;
  retention: RetentionSettings;
  metrics: MetricsSettings;
}

/**
 * Where the Prometheus metrics are served. Without a port: `GET /metrics` on the API's port, for an admin
 * (API key or session). With one: on that port only, without a credential, for a scraper on a private
 * network; the API's port then has no /metrics.
 */
export interface MetricsSettings {
  /** Env QUAYSIDE_METRICS_PORT. Each process (serve, every worker) on one host needs its own. */
  port?: number;
  /** The address the metrics port listens on (default 127.0.0.1); env QUAYSIDE_METRICS_HOST. */
  host: string;
}

/**
 * How long Quayside keeps records that only grow, in days, and how the retention process removes what is
 * older. Documents (orders, loads, receipts, packing slips, journals, reports) and the ledger are never
 * removed; see README "Running in production" for what each setting covers and what is always kept.
 */
export interface RetentionSettings {
  /** Shipment order messages whose every version is Accepted or Canceled, with their processing logs. */
  messagesDays: number;
  /** Processing log lines of Accepted and Canceled messages (those of other messages stay with them). */
  processingLogDays: number;
  /** Dispatched business events that no webhook delivery and no feed reader is still owed. */
  eventsDays: number;
  /** Delivered webhook deliveries (dead and failed ones stay until redriven or their subscription is deleted). */
  webhookDeliveriesDays: number;
  /** Ended web UI sessions (signed out, timed out or revoked). */
  sessionsDays: number;
  /** Client operation ids with their stored answers: a retry after this long would be applied again. */
  clientOperationsDays: number;
  /** Background process run history and ledger check results (the last of each is always kept). */
  processRunsDays: number;
  /** Audit log rows (sign-ins, access and settings changes, refused calls); nothing else ever removes one. */
  auditLogDays: number;
  /** Label print jobs that were sent or failed (a queued one stays until it is sent or gives up). */
  printJobsDays: number;
  /** Rows removed per transaction. */
  batchSize: number;
  /** Batches per kind of record per run; what is left goes at the next run. */
  maxBatchesPerRun: number;
}

export interface RateWindow {
  max: number;
  windowSeconds: number;
}

export const defaultConfig: Config = {
  port: 3000,
  trustProxy: false,
  databaseUrl: 'sqlite:./data/quayside.db',
  logLevel: 'info',
  dataDir: './data',
  runWorkerInServe: true,
  worker: { pollIntervalMs: 1000, messageBatchSize: 200, messageBatchMs: 10, leaseMs: 5 * 60_000 },
  webhooks: {
    maxAttempts: 8,
    timeoutMs: 10_000,
    baseBackoffMs: 5_000,
    maxBackoffMs: 3_600_000,
    allowedTargets: [],
    concurrency: 32,
    perSubscriptionConcurrency: 2,
    perSourceSystemConcurrency: 8,
  },
  retention: {
    messagesDays: 90,
    processingLogDays: 90,
    eventsDays: 90,
    webhookDeliveriesDays: 30,
    sessionsDays: 30,
    clientOperationsDays: 30,
    processRunsDays: 30,
    auditLogDays: 400,
    printJobsDays: 30,
    batchSize: 500,
    maxBatchesPerRun: 200,
  },
  sessions: { idleTimeoutMinutes: 8 * 60, maxLifetimeMinutes: 12 * 60, secureCookie: 'auto' },
  rateLimit: {
    enabled: true,
    signInPerAddress: { max: 60, windowSeconds: 60 },
    signInPerUsername: { max: 20, windowSeconds: 60 },
    apiPerCredential: { max: 3000, windowSeconds: 60 },
  },
  passwords: { hashConcurrency: 2, hashQueue: 32 },
  metrics: { host: '127.0.0.1' },
};

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

function merge<T extends object>(base: T, over: DeepPartial<T>): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] =
      typeof value === 'object' && value !== null && !Array.isArray(value) && typeof current === 'object' && current !== null
        ? merge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out as T;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: DeepPartial<Config> = {}): Config {
  let config = defaultConfig;
  const file = env.QUAYSIDE_CONFIG ?? 'quayside.config.json';
  const path = resolve(file);
  if (existsSync(path)) {
    config = merge(config, JSON.parse(readFileSync(path, 'utf8')) as DeepPartial<Config>);
  } else if (env.QUAYSIDE_CONFIG) {
    throw new Error(`QUAYSIDE_CONFIG points at ${path}, which does not exist`);
  }
  const fromEnv: DeepPartial<Config> = {};
  if (env.PORT) fromEnv.port = Number(env.PORT);
  if (env.HOST) fromEnv.host = env.HOST;
  if (env.DATABASE_URL) fromEnv.databaseUrl = env.DATABASE_URL;
  if (env.LOG_LEVEL) fromEnv.logLevel = env.LOG_LEVEL;
  if (env.QUAYSIDE_DATA_DIR) fromEnv.dataDir = env.QUAYSIDE_DATA_DIR;
  if (env.QUAYSIDE_WORKER_IN_SERVE) fromEnv.runWorkerInServe = env.QUAYSIDE_WORKER_IN_SERVE !== 'false';
  if (env.QUAYSIDE_SESSION_IDLE_MINUTES || env.QUAYSIDE_SESSION_MAX_MINUTES) {
    fromEnv.sessions = {
      idleTimeoutMinutes: env.QUAYSIDE_SESSION_IDLE_MINUTES ? Number(env.QUAYSIDE_SESSION_IDLE_MINUTES) : undefined,
      maxLifetimeMinutes: env.QUAYSIDE_SESSION_MAX_MINUTES ? Number(env.QUAYSIDE_SESSION_MAX_MINUTES) : undefined,
    };
  }
  if (env.QUAYSIDE_UI_DIR) fromEnv.uiDir = env.QUAYSIDE_UI_DIR;
  if (env.QUAYSIDE_TRUST_PROXY) fromEnv.trustProxy = trustProxyFromEnv(env.QUAYSIDE_TRUST_PROXY);
  if (env.QUAYSIDE_SECURE_COOKIE) fromEnv.sessions = { ...fromEnv.sessions, secureCookie: env.QUAYSIDE_SECURE_COOKIE as 'auto' | 'always' };
  if (env.QUAYSIDE_WEBHOOK_ALLOWED_TARGETS !== undefined) {
    fromEnv.webhooks = { allowedTargets: env.QUAYSIDE_WEBHOOK_ALLOWED_TARGETS.split(',').map((t) => t.trim()).filter((t) => t !== '') };
  }
  if (env.QUAYSIDE_METRICS_PORT || env.QUAYSIDE_METRICS_HOST) {
    fromEnv.metrics = {
      port: env.QUAYSIDE_METRICS_PORT ? Number(env.QUAYSIDE_METRICS_PORT) : undefined,
      host: env.QUAYSIDE_METRICS_HOST || undefined,
    };
  }
  config = merge(merge(config, fromEnv), overrides);
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got ${String(config.port)}`);
  }
  checkMetrics(config);
  for (const name of ['idleTimeoutMinutes', 'maxLifetimeMinutes'] as const) {
    const value = config.sessions[name];
    if (!Number.isFinite(value) || value <= 0) throw new Error(`sessions.${name} must be a positive number of minutes, got ${String(value)}`);
  }
  if (config.sessions.secureCookie !== 'auto' && config.sessions.secureCookie !== 'always') {
    throw new Error(`sessions.secureCookie must be 'auto' or 'always', got ${String(config.sessions.secureCookie)}`);
  }
  for (const name of ['signInPerAddress', 'signInPerUsername', 'apiPerCredential'] as const) {
    const { max, windowSeconds } = config.rateLimit[name];
    if (!Number.isInteger(max) || max < 1 || !Number.isFinite(windowSeconds) || windowSeconds <= 0) {
      throw new Error(`rateLimit.${name} needs a whole max of at least 1 and a positive windowSeconds, got ${JSON.stringify(config.rateLimit[name])}`);
    }
  }
  if (!Number.isInteger(config.passwords.hashConcurrency) || config.passwords.hashConcurrency < 1 || !Number.isInteger(config.passwords.hashQueue) || config.passwords.hashQueue < 0) {
    throw new Error(`passwords.hashConcurrency must be a whole number of at least 1 and passwords.hashQueue at least 0, got ${JSON.stringify(config.passwords)}`);
  }
  // Refuse a wrong allow-list entry at start, not at the first delivery.
  parseTargetPolicy(config.webhooks.allowedTargets);
  for (const name of ['concurrency', 'perSubscriptionConcurrency', 'perSourceSystemConcurrency'] as const) {
    const value = config.webhooks[name];
    if (!Number.isInteger(value) || value < 1) throw new Error(`webhooks.${name} must be a positive integer, got ${String(value)}`);
  }
  if (!Number.isInteger(config.worker.messageBatchSize) || config.worker.messageBatchSize < 1 || !Number.isFinite(config.worker.messageBatchMs) || config.worker.messageBatchMs <= 0) {
    throw new Error(`worker.messageBatchSize must be a whole number of at least 1 and worker.messageBatchMs a positive number, got ${JSON.stringify(config.worker)}`);
  }
  checkRetention(config.retention);
  return config;
}

const RETENTION_LIMITS: Record<keyof RetentionSettings, [number, number]> = {
  messagesDays: [1, 36_500],
  processingLogDays: [1, 36_500],
  eventsDays: [1, 36_500],
  webhookDeliveriesDays: [1, 36_500],
  sessionsDays: [1, 36_500],
  clientOperationsDays: [1, 36_500],
  processRunsDays: [1, 36_500],
  auditLogDays: [1, 36_500],
  printJobsDays: [1, 36_500],
  batchSize: [1, 10_000],
  maxBatchesPerRun: [1, 100_000],
};

function checkRetention(retention: RetentionSettings): void {
  for (const [name, [min, max]] of Object.entries(RETENTION_LIMITS)) {
    const value = retention[name as keyof RetentionSettings];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`retention.${name} must be a whole number from ${String(min)} to ${String(max)}, got ${String(value)}`);
    }
  }
}

function checkMetrics(config: Config): void {
  const { port, host } = config.metrics;
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`metrics.port (QUAYSIDE_METRICS_PORT) must be an integer between 0 and 65535, got ${String(port)}`);
  }
  if (port !== undefined && port !== 0 && port === config.port) {
    throw new Error(`metrics.port must differ from the API's port ${String(config.port)}: leave it unset to serve /metrics on the API's port, for admins`);
  }
  if (typeof host !== 'string' || host.trim() === '') throw new Error(`metrics.host must be an address to listen on, got ${JSON.stringify(host)}`);
}

/** `true`/`false`, or addresses and CIDRs separated by commas (Fastify's trustProxy). */
function trustProxyFromEnv(value: string): boolean | string {
  return value === 'true' || value === 'false' ? value === 'true' : value;
}
