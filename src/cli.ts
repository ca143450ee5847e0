#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { buildQuayside, type Quayside } from './main.js';
import { createApiKey, hasAnyAdminKey } from './platform/auth/api-keys.js';
import { generatePassword } from './platform/auth/passwords.js';
import { isUserRole } from './platform/auth/principal.js';
import { createUser, hasAnyAdminUser } from './platform/auth/users.js';
import { loadConfig, type Config } from './platform/config.js';
import { createDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrator.js';
import { createLogger } from './platform/logger.js';
import { DEMO_PASSWORD, demoUsersText, hasDemoData, seedDemo } from './demo.js';
import { reencryptSecrets, rotateSecretKey } from './secret-key-commands.js';
import { VERSION } from './version.js';

const USAGE = `quayside ${VERSION}: warehouse management for external ERPs

Usage: quayside <command> [options]

Commands:
  serve            Start the HTTP API and web UI on PORT (default 3000) with the background worker
                   --demo: on first start, seed the demo warehouse and demo users (password ${DEMO_PASSWORD})
  worker           Run only the background worker (processes, messages, webhooks)
  migrate          Create or upgrade the database schema and exit
  create-api-key   --name <name> (--role <admin|warehouse_manager|planner|integration_operator|warehouse_worker> | --source-system <id>)
  create-user      --username <name> --role <role> [--display-name <name>]: a person who signs in to the web UI;
                   the password is QUAYSIDE_PASSWORD, or a generated one that is printed
  demo             Seed a demo warehouse, items and a source system, and print what to try
  reencrypt-secrets [--forget-previous-keys]: seal every stored webhook secret with the current secret key
                   (after a key change); with the flag, drop the previous keys from the key file afterwards
  rotate-secret-key  With the generated key file (no QUAYSIDE_SECRET_KEY): add a new key and seal everything with it

Configuration: PORT, DATABASE_URL (sqlite:<path> or postgres://...), LOG_LEVEL, QUAYSIDE_SESSION_IDLE_MINUTES,
QUAYSIDE_SESSION_MAX_MINUTES, QUAYSIDE_UI_DIR, QUAYSIDE_CONFIG (a JSON config file; ./quayside.config.json is
read when present), QUAYSIDE_DATA_DIR, QUAYSIDE_SECRET_KEY and QUAYSIDE_SECRET_KEY_PREVIOUS (base64 of 32 bytes; without
them a key file in the data directory is used), QUAYSIDE_WEBHOOK_ALLOWED_TARGETS.`;

async function withDatabase<T>(config: Config, run: (q: Quayside) => Promise<T>): Promise<T> {
  const q = await buildQuayside({ config, logger: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel), logRequests: false });
  try {
    return await run(q);
  } finally {
    await q.close();
  }
}

/** On first start there is no way in: create an admin key and show it once. */
async function ensureAdminKey(q: Quayside): Promise<void> {
  if (await hasAnyAdminKey(q.ctx.db.kysely)) return;
  const created = await createApiKey(q.ctx.db.kysely, q.ctx.ids, q.ctx.clock.now(), 'initial admin', { kind: 'user', role: 'admin' });
  process.stdout.write(
    `\n  First start: an admin API key was created. It is shown only this once; keep it safe.\n\n      ${created.key}\n\n` +
      `  Try:  curl -H "Authorization: Bearer ${created.key}" http://localhost:${String(q.ctx.config.port)}/api/v1/source-systems\n\n`,
  );
}

/** Nor is there anyone to sign in to the web UI: create user admin with a random password, shown once. */
async function ensureAdminUser(q: Quayside): Promise<void> {
  if (await hasAnyAdminUser(q.ctx.db.kysely)) return;
  const taken = await q.ctx.db.kysely.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst();
  if (taken) return;
  const password = generatePassword();
  await createUser(q.ctx.db.kysely, q.ctx.clock.now(), { username: 'admin', displayName: 'Administrator', role: 'admin', password });
  process.stdout.write(
    `\n  First start: user 'admin' was created for the web UI at http://localhost:${String(q.ctx.config.port)}/ ` +
      `with this password, shown only this once:\n\n      ${password}\n\n`,
  );
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
  if (values.demo) {
    // The demo users include admin, so the first-start admin user is not needed; the admin key still is
    // (scripts and the curl examples use it).
    if (!(await hasDemoData(q))) {
      q.ctx.log.info('seeding the demo warehouse (first start with --demo)');
      await seedDemo(q);
    }
    process.stdout.write(demoUsersText(q));
  }
  await ensureAdminKey(q);
  await ensureAdminUser(q);
  await q.app.listen({ port: config.port, host: config.host });
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
    await createUser(q.ctx.db.kysely, q.ctx.clock.now(), { username, role, displayName: values['display-name'], password });
  });
  process.stdout.write(given === undefined ? `User '${username}' created with password:\n${password}\n` : `User '${username}' created.\n`);
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
    case 'reencrypt-secrets':
      if (!(await reencryptSecrets(config, rest, (text) => process.stdout.write(text)))) process.exitCode = 1;
      return;
    case 'rotate-secret-key':
      if (!(await rotateSecretKey(config, (text) => process.stdout.write(text)))) process.exitCode = 1;
      return;
    case 'demo':
      return withDatabase(config, async (q) => {
        process.stdout.write(await seedDemo(q));
      });
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
