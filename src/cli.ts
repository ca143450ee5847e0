#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { buildQuayside, type Quayside } from './main.js';
import { isNewDatabase, listenHost, prepareStart } from './first-start.js';
import { createApiKey } from './platform/auth/api-keys.js';
import { generatePassword } from './platform/auth/passwords.js';
import { isUserRole } from './platform/auth/principal.js';
import { createUser } from './platform/auth/users.js';
import { loadConfig, type Config } from './platform/config.js';
import { createDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrator.js';
import { createLogger } from './platform/logger.js';
import { DEMO_PASSWORD, hasDemoData, seedDemo } from './demo.js';
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

Configuration: PORT, HOST, DATABASE_URL (sqlite:<path> or postgres://...), LOG_LEVEL, QUAYSIDE_DATA_DIR,
QUAYSIDE_SESSION_IDLE_MINUTES, QUAYSIDE_SESSION_MAX_MINUTES, QUAYSIDE_TRUST_PROXY, QUAYSIDE_SECURE_COOKIE,
QUAYSIDE_UI_DIR, QUAYSIDE_CONFIG (a JSON config file; ./quayside.config.json is read when present).`;

async function withDatabase<T>(config: Config, run: (q: Quayside) => Promise<T>): Promise<T> {
  const q = await buildQuayside({ config, logger: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel), logRequests: false });
  try {
    return await run(q);
  } finally {
    await q.close();
  }
}

function onShutdown(stop: () => Promise<void>, log: { info: (msg: string) => void; error: (obj: unknown, msg: string) => void }): void {
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

async function serve(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false } } });
  const q = await buildQuayside({ config });
  process.stdout.write(await prepareStart(q, { demo: values.demo }));
  await q.app.listen({ port: config.port, host: listenHost(config, values.demo) });
  if (config.runWorkerInServe) q.worker.start();
  q.ctx.log.info({ database: q.ctx.db.describe, worker: config.runWorkerInServe, docs: `http://localhost:${String(config.port)}/docs` }, `Quayside ${VERSION} is listening on port ${String(config.port)}`);
  // app.close (inside q.close) stops accepting requests and waits for running ones; the worker
  // finishes its current round; then the database is closed.
  onShutdown(() => q.close(), q.ctx.log);
}

async function worker(config: Config): Promise<void> {
  const q = await buildQuayside({ config });
  q.worker.start();
  q.ctx.log.info({ database: q.ctx.db.describe }, `Quayside ${VERSION} worker started`);
  onShutdown(() => q.close(), q.ctx.log);
}

async function migrate(config: Config): Promise<void> {
  const db = createDatabase({ url: config.databaseUrl });
  try {
    const applied = await migrateToLatest(db);
    process.stdout.write(applied.length > 0 ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
  } finally {
    await db.close();
  }
}

async function createKey(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { name: { type: 'string' }, role: { type: 'string' }, 'source-system': { type: 'string' } } });
  const name = values.name ?? 'cli';
  const role = values.role;
  const sourceSystemId = values['source-system'];
  if ((role === undefined) === (sourceSystemId === undefined)) throw new Error('give exactly one of --role or --source-system');
  if (role !== undefined && !isUserRole(role)) throw new Error(`unknown role '${role}'`);
  await withDatabase(config, async (q) => {
    if (sourceSystemId !== undefined) {
      const exists = await q.ctx.db.kysely.selectFrom('source_systems').select('source_system_id').where('source_system_id', '=', sourceSystemId).executeTakeFirst();
      if (!exists) throw new Error(`source system '${sourceSystemId}' does not exist`);
    }
    const subject = sourceSystemId !== undefined ? { kind: 'source_system' as const, sourceSystemId } : { kind: 'user' as const, role: role as never };
    const created = await createApiKey(q.ctx.db.kysely, q.ctx.ids, q.ctx.clock.now(), name, subject);
    process.stdout.write(`${created.key}\n`);
  });
}

async function createUserCommand(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { username: { type: 'string' }, role: { type: 'string' }, 'display-name': { type: 'string' } } });
  const { username, role } = values;
  if (!username) throw new Error('give --username');
  if (!role || !isUserRole(role)) throw new Error(`give --role, one of admin, warehouse_manager, planner, integration_operator, warehouse_worker${role ? ` (not '${role}')` : ''}`);
  const given = process.env.QUAYSIDE_PASSWORD;
  const password = given ?? generatePassword();
  await withDatabase(config, async (q) => {
    await createUser(q.ctx.db.kysely, q.ctx.clock.now(), { username, role, displayName: values['display-name'], password, origin: 'chosen-by-someone-else' });
  });
  process.stdout.write(
    given === undefined
      ? `User '${username}' created with password (to be changed at the first sign-in):\n${password}\n`
      : `User '${username}' created; the password is to be changed at the first sign-in.\n`,
  );
}

async function demoCommand(config: Config): Promise<void> {
  await withDatabase(config, async (q) => {
    if (!(await isNewDatabase(q.ctx.db.kysely)) && !(await hasDemoData(q))) {
      throw new Error(`${q.ctx.db.describe} is not a new database; the demo (users with a published password) goes only into a new one`);
    }
    process.stdout.write(await seedDemo(q));
  });
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'serve':
      return serve(config, rest);
    case 'worker':
      return worker(config);
    case 'migrate':
      return migrate(config);
    case 'create-api-key':
      return createKey(config, rest);
    case 'create-user':
      return createUserCommand(config, rest);
    case 'demo':
      return demoCommand(config);
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      process.stderr.write(`Unknown command '${command}'.\n\n${USAGE}\n`);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`quayside: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
