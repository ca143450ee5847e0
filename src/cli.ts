#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BuildOptions, Quayside } from './main.js';
import { isNewDatabase, listenHost, prepareStart } from './first-start.js';
import { createApiKey } from './platform/auth/api-keys.js';
import { generatePassword } from './platform/auth/passwords.js';
import { isUserRole } from './platform/auth/principal.js';
import { insertUser, prepareUser } from './platform/auth/users.js';
import { recordAudit, systemSource } from './platform/audit/audit-log.js';
import { loadConfig, type Config } from './platform/config.js';
import { systemClock } from './platform/clock.js';
import { createDatabase, type Kdb } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrator.js';
import { newTransaction } from './platform/db/transaction.js';
import { cryptoIds } from './platform/ids.js';
import { createLogger, type DestinationStream } from './platform/logger.js';
import { DEMO_PASSWORD, hasDemoData, seedDemo } from './demo.js';
import { reencryptSecrets, rotateSecretKey } from './secret-key-commands.js';
import { VERSION } from './version.js';

const USAGE = `quayside ${VERSION}: warehouse management for external ERPs

Usage: quayside <command> [options]

Commands:
  serve            Start the HTTP API and web UI on PORT (default 3000) with the background worker; on a new
                   database, write an admin API key and user admin to <data dir>/first-start-credentials.txt (0600)
                   --demo: into a new database only, seed the demo warehouse and demo users (password
                   ${DEMO_PASSWORD}); listen on 127.0.0.1 unless HOST is set
  worker           Run only the background worker (processes, messages, webhooks)
  migrate          Create or upgrade the database schema and exit
  create-api-key   --name <name> (--role <admin|warehouse_manager|planner|integration_operator|warehouse_worker> | --source-system <id>)
  create-user      --username <name> --role <role> [--display-name <name>]: a person who signs in to the web UI;
                   the password is QUAYSIDE_PASSWORD (12 characters or more, not easy to guess), or a generated
                   one that is printed; either is changed by the user at the first sign-in
  demo             Seed a demo warehouse, items and a source system into a new database, and print what to try
  reencrypt-secrets [--forget-previous-keys]: seal every stored webhook secret with the current secret key
                   (after a key change); with the flag, drop the previous keys from the key file afterwards
  rotate-secret-key  With the generated key file (no QUAYSIDE_SECRET_KEY): add a new key and seal everything with it

Configuration: PORT, HOST, DATABASE_URL (sqlite:<path> or postgres://...), LOG_LEVEL, QUAYSIDE_DATA_DIR,
QUAYSIDE_SESSION_IDLE_MINUTES, QUAYSIDE_SESSION_MAX_MINUTES, QUAYSIDE_TRUST_PROXY, QUAYSIDE_SECURE_COOKIE,
QUAYSIDE_UI_DIR, QUAYSIDE_CONFIG (a JSON config file; ./quayside.config.json is read when present),
QUAYSIDE_SECRET_KEY and QUAYSIDE_SECRET_KEY_PREVIOUS (base64 of 32 bytes; without them a key file in the data
directory is used), QUAYSIDE_WEBHOOK_ALLOWED_TARGETS, QUAYSIDE_METRICS_PORT and QUAYSIDE_METRICS_HOST (serve the
Prometheus metrics without a credential on their own port, default host 127.0.0.1; unset: GET /metrics on PORT
for admins).`;

export interface Output {
  write(text: string): unknown;
}

/** What a command reads and writes besides the database: the process's own, or a test's. */
export interface CliIo {
  stdout: Output;
  stderr: Output;
  env: NodeJS.ProcessEnv;
  /** Where logs go; standard output when not given (pretty on a terminal). */
  logs?: DestinationStream;
}

interface ShutdownLog {
  info: (msg: string) => void;
  error: (obj: unknown, msg: string) => void;
}

/** A command that keeps running (serve, worker): how to stop it. */
export interface Running {
  stop: () => Promise<void>;
  log: ShutdownLog;
}

export interface CliResult {
  exitCode: number;
  running?: Running;
}

const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };

/** The HTTP app and every module load only for the commands that need them, not for create-user and the like. */
async function build(options: BuildOptions): Promise<Quayside> {
  const { buildQuayside } = await import('./main.js');
  return buildQuayside(options);
}

async function withDatabase<T>(config: Config, io: CliIo, run: (q: Quayside) => Promise<T>): Promise<T> {
  const q = await build({ config, logger: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, io.logs), logRequests: false });
  try {
    return await run(q);
  } finally {
    await q.close();
  }
}

/** The migrated database alone, for commands that only write a row or two. */
async function withMigratedDatabase<T>(config: Config, run: (db: Kdb) => Promise<T>): Promise<T> {
  const db = createDatabase({ url: config.databaseUrl });
  try {
    await migrateToLatest(db);
    return await run(db.kysely);
  } finally {
    await db.close();
  }
}

function onShutdown(stop: () => Promise<void>, log: ShutdownLog): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: finishing running work and closing the database`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => handler('SIGTERM'));
  process.on('SIGINT', () => handler('SIGINT'));
}

async function serve(config: Config, args: string[], io: CliIo): Promise<Running> {
  const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false } } });
  const q = await build({ config, logger: createLogger(config.logLevel, io.logs), processMetrics: true });
  io.stdout.write(await prepareStart(q, { demo: values.demo }));
  await q.app.listen({ port: config.port, host: listenHost(config, values.demo) });
  await q.startMetricsServer();
  if (config.runWorkerInServe) q.worker.start();
  q.ctx.log.info({ database: q.ctx.db.describe, worker: config.runWorkerInServe, docs: `http://localhost:${String(config.port)}/docs` }, `Quayside ${VERSION} is listening on port ${String(config.port)}`);
  // app.close (inside q.close) stops accepting requests and waits for running ones; the worker
  // finishes its current round; then the database is closed.
  return { stop: () => q.close(), log: q.ctx.log };
}

async function worker(config: Config, io: CliIo): Promise<Running> {
  const q = await build({ config, logger: createLogger(config.logLevel, io.logs), processMetrics: true });
  // A worker has no API port: its own metrics (runs, webhook attempts) are on the metrics port, when one is set.
  await q.startMetricsServer();
  q.worker.start();
  q.ctx.log.info({ database: q.ctx.db.describe }, `Quayside ${VERSION} worker started`);
  return { stop: () => q.close(), log: q.ctx.log };
}

async function migrate(config: Config, io: CliIo): Promise<void> {
  const db = createDatabase({ url: config.databaseUrl });
  try {
    const applied = await migrateToLatest(db);
    io.stdout.write(applied.length > 0 ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
  } finally {
    await db.close();
  }
}

async function createKey(config: Config, args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { name: { type: 'string' }, role: { type: 'string' }, 'source-system': { type: 'string' } } });
  const name = values.name ?? 'cli';
  const role = values.role;
  const sourceSystemId = values['source-system'];
  if ((role === undefined) === (sourceSystemId === undefined)) throw new Error('give exactly one of --role or --source-system');
  if (role !== undefined && !isUserRole(role)) throw new Error(`unknown role '${role}'`);
  await withMigratedDatabase(config, async (db) => {
    if (sourceSystemId !== undefined) {
      const exists = await db.selectFrom('source_systems').select('source_system_id').where('source_system_id', '=', sourceSystemId).executeTakeFirst();
      if (!exists) throw new Error(`source system '${sourceSystemId}' does not exist`);
    }
    const subject = sourceSystemId !== undefined ? { kind: 'source_system' as const, sourceSystemId } : { kind: 'user' as const, role: role as never };
    const now = systemClock.now();
    const created = await newTransaction(db, async (trx) => {
      const key = await createApiKey(trx, cryptoIds, now, name, subject);
      await recordAudit(trx, now, systemSource('command line'), { action: 'api_key.created', target: { type: 'api_key', id: key.id }, detail: { name, prefix: key.prefix, ...subject } });
      return key;
    });
    io.stdout.write(`${created.key}\n`);
  });
}

async function createUserCommand(config: Config, args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { username: { type: 'string' }, role: { type: 'string' }, 'display-name': { type: 'string' } } });
  const { username, role } = values;
  if (!username) throw new Error('give --username');
  if (!role || !isUserRole(role)) throw new Error(`give --role, one of admin, warehouse_manager, planner, integration_operator, warehouse_worker${role ? ` (not '${role}')` : ''}`);
  const given = io.env.QUAYSIDE_PASSWORD;
  const password = given ?? generatePassword();
  await withMigratedDatabase(config, async (db) => {
    const prepared = await prepareUser({ username, role, displayName: values['display-name'], password, origin: 'chosen-by-someone-else' });
    const now = systemClock.now();
    await newTransaction(db, async (trx) => {
      await insertUser(trx, now, prepared);
      await recordAudit(trx, now, systemSource('command line'), { action: 'user.created', target: { type: 'user', id: prepared.username }, detail: { role, displayName: prepared.displayName } });
    });
  });
  io.stdout.write(
    given === undefined
      ? `User '${username}' created with password (to be changed at the first sign-in):\n${password}\n`
      : `User '${username}' created; the password is to be changed at the first sign-in.\n`,
  );
}

async function demoCommand(config: Config, io: CliIo): Promise<void> {
  await withDatabase(config, io, async (q) => {
    if (!(await isNewDatabase(q.ctx.db.kysely)) && !(await hasDemoData(q))) {
      throw new Error(`${q.ctx.db.describe} is not a new database; the demo (users with a published password) goes only into a new one`);
    }
    io.stdout.write(await seedDemo(q));
  });
}

async function dispatch(argv: string[], io: CliIo): Promise<CliResult> {
  const [command, ...rest] = argv;
  const config = loadConfig(io.env);
  switch (command) {
    case 'serve':
      return { exitCode: 0, running: await serve(config, rest, io) };
    case 'worker':
      return { exitCode: 0, running: await worker(config, io) };
    case 'migrate':
      await migrate(config, io);
      return { exitCode: 0 };
    case 'create-api-key':
      await createKey(config, rest, io);
      return { exitCode: 0 };
    case 'create-user':
      await createUserCommand(config, rest, io);
      return { exitCode: 0 };
    case 'reencrypt-secrets':
      return { exitCode: (await reencryptSecrets(config, rest, (text) => io.stdout.write(text))) ? 0 : 1 };
    case 'rotate-secret-key':
      return { exitCode: (await rotateSecretKey(config, (text) => io.stdout.write(text))) ? 0 : 1 };
    case 'demo':
      await demoCommand(config, io);
      return { exitCode: 0 };
    case undefined:
    case 'help':
    case '--help':
      io.stdout.write(`${USAGE}\n`);
      return { exitCode: 0 };
    default:
      io.stderr.write(`Unknown command '${command}'.\n\n${USAGE}\n`);
      return { exitCode: 2 };
  }
}

/**
 * Runs one command as `quayside <argv...>` would. serve and worker answer once they run and hand back
 * how to stop them; the other commands answer when done. A failure is written to stderr, exit code 1.
 */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<CliResult> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    io.stderr.write(`quayside: ${error instanceof Error ? error.message : String(error)}\n`);
    return { exitCode: 1 };
  }
}

/** True when this file is the program Node runs (also through the npm bin link), not an import. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  void runCli(process.argv.slice(2)).then(({ exitCode, running }) => {
    if (running) onShutdown(running.stop, running.log);
    // A failed command may leave a pool or a half-started server behind: exit rather than wait for them.
    else if (exitCode === 1) process.exit(1);
    else process.exitCode = exitCode;
  });
}
