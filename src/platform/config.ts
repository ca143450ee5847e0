import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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
  };
  sessions: {
    /** A web UI session unused this long ends; every use renews it (default 8 hours, one shift). */
    idleTimeoutMinutes: number;
    /** A session ends this long after sign-in however active it is (default 12 hours). */
    maxLifetimeMinutes: number;
  };
  /** The built web UI served at `/`; default `<package root>/web/dist`. */
  uiDir?: string;
  retention: RetentionSettings;
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
  /** Rows removed per transaction. */
  batchSize: number;
  /** Batches per kind of record per run; what is left goes at the next run. */
  maxBatchesPerRun: number;
}

export const defaultConfig: Config = {
  port: 3000,
  host: '0.0.0.0',
  databaseUrl: 'sqlite:./data/quayside.db',
  logLevel: 'info',
  dataDir: './data',
  runWorkerInServe: true,
  worker: { pollIntervalMs: 1000, messageBatchSize: 200, leaseMs: 5 * 60_000 },
  webhooks: { maxAttempts: 8, timeoutMs: 10_000, baseBackoffMs: 5_000, maxBackoffMs: 3_600_000 },
  sessions: { idleTimeoutMinutes: 8 * 60, maxLifetimeMinutes: 12 * 60 },
  retention: {
    messagesDays: 90,
    processingLogDays: 90,
    eventsDays: 90,
    webhookDeliveriesDays: 30,
    sessionsDays: 30,
    clientOperationsDays: 30,
    processRunsDays: 30,
    batchSize: 500,
    maxBatchesPerRun: 200,
  },
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
  config = merge(merge(config, fromEnv), overrides);
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got ${String(config.port)}`);
  }
  for (const [name, value] of Object.entries(config.sessions)) {
    if (!Number.isFinite(value) || value <= 0) throw new Error(`sessions.${name} must be a positive number of minutes, got ${String(value)}`);
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
