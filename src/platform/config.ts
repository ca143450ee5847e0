import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTargetPolicy } from './net/address-policy.js';

/**
 * Configuration comes from defaults, then a JSON config file, then environment variables
 * (the environment wins, so that one config file can serve several processes).
 */
export interface Config {
  port: number;
  host: string;
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
  };
  /** The built web UI served at `/`; default `<package root>/web/dist`. */
  uiDir?: string;
}

export const defaultConfig: Config = {
  port: 3000,
  host: '0.0.0.0',
  databaseUrl: 'sqlite:./data/quayside.db',
  logLevel: 'info',
  dataDir: './data',
  runWorkerInServe: true,
  worker: { pollIntervalMs: 1000, messageBatchSize: 200, leaseMs: 5 * 60_000 },
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
  sessions: { idleTimeoutMinutes: 8 * 60, maxLifetimeMinutes: 12 * 60 },
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
  if (env.QUAYSIDE_WEBHOOK_ALLOWED_TARGETS !== undefined) {
    fromEnv.webhooks = { allowedTargets: env.QUAYSIDE_WEBHOOK_ALLOWED_TARGETS.split(',').map((t) => t.trim()).filter((t) => t !== '') };
  }
  config = merge(merge(config, fromEnv), overrides);
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got ${String(config.port)}`);
  }
  for (const [name, value] of Object.entries(config.sessions)) {
    if (!Number.isFinite(value) || value <= 0) throw new Error(`sessions.${name} must be a positive number of minutes, got ${String(value)}`);
  }
  // Refuse a wrong allow-list entry at start, not at the first delivery.
  parseTargetPolicy(config.webhooks.allowedTargets);
  for (const name of ['concurrency', 'perSubscriptionConcurrency', 'perSourceSystemConcurrency'] as const) {
    const value = config.webhooks[name];
    if (!Number.isInteger(value) || value < 1) throw new Error(`webhooks.${name} must be a positive integer, got ${String(value)}`);
  }
  return config;
}
