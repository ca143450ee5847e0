import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { demoUsersText, hasDemoData, seedDemo } from './demo.js';
import type { Quayside } from './main.js';
import type { Config } from './platform/config.js';
import { createApiKey } from './platform/auth/api-keys.js';
import { generatePassword } from './platform/auth/passwords.js';
import { createUser } from './platform/auth/users.js';
import { recordAudit, systemSource } from './platform/audit/audit-log.js';
import type { Executor } from './platform/db/database.js';
import { newTransaction } from './platform/db/transaction.js';
import { writeSecretFile } from './platform/secret-files.js';

export const CREDENTIALS_FILE = 'first-start-credentials.txt';

/**
 * A database is new when no start has claimed it yet and nobody has given it users or API keys (e.g. with
 * `quayside create-user` before the first `serve`). Only a new database gets first-start credentials or the
 * demo: revoking every admin key later must not make a restart mint a new one, and a real database must
 * never receive the demo's users with their published password.
 */
export async function isNewDatabase(db: Executor): Promise<boolean> {
  const [claimed, user, key] = await Promise.all([
    db.selectFrom('first_start').select('id').executeTakeFirst(),
    db.selectFrom('users').select('id').executeTakeFirst(),
    db.selectFrom('api_keys').select('id').executeTakeFirst(),
  ]);
  return !claimed && !user && !key;
}

/** A name not taken yet: a file left by an earlier database (since deleted) is not ours to overwrite. */
function credentialsPath(dataDir: string, now: number): string {
  const plain = resolve(join(dataDir, CREDENTIALS_FILE));
  if (!existsSync(plain)) return plain;
  return resolve(join(dataDir, CREDENTIALS_FILE.replace('.txt', `-${new Date(now).toISOString().replace(/[:.]/g, '-')}.txt`)));
}

function credentialsText(q: Quayside, now: number, key: string, password: string | undefined): string {
  const base = `http://localhost:${String(q.ctx.config.port)}`;
  const user = password
    ? `Web UI (${base}/, or wherever it is served):\n  user:     admin\n  password: ${password}\n  You will choose your own password at the first sign-in.\n\n`
    : '';
  return (
    `Quayside first-start credentials, created ${new Date(now).toISOString()} for ${q.ctx.db.describe}.\n` +
    'Whoever can read this file can administer Quayside. Store what you need somewhere safe, then delete this file.\n\n' +
    user +
    `Admin API key (scripts, curl):\n  ${key}\n  Try: curl -H "Authorization: Bearer ${key}" ${base}/api/v1/source-systems\n`
  );
}

/**
 * Creates the first admin API key (and, unless the demo users are there, user `admin` with a generated
 * password that must be changed at the first sign-in) and writes them once to an owner-only file (0600) in
 * the data directory; never to stdout, which ends up in log collectors. Claims the database in the same
 * transaction, so that of several processes starting on one new database only one creates credentials, and
 * a failure to write the file leaves the database unclaimed for the next start. Returns the file's path,
 * or undefined when another start claimed the database first.
 */
export async function createFirstStartCredentials(q: Quayside, options: { adminUser: boolean }): Promise<string | undefined> {
  const now = q.ctx.clock.now();
  return newTransaction(q.ctx.db.kysely, async (trx) => {
    const claimed = await trx
      .insertInto('first_start')
      .values({ id: 1, claimed_at: now })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!claimed) return undefined;
    const key = await createApiKey(trx, q.ctx.ids, now, 'initial admin', { kind: 'user', role: 'admin' });
    const by = systemSource('first start');
    await recordAudit(trx, now, by, { action: 'api_key.created', target: { type: 'api_key', id: key.id }, detail: { name: 'initial admin', prefix: key.prefix, role: 'admin' } });
    let password: string | undefined;
    if (options.adminUser) {
      password = generatePassword();
      await createUser(trx, now, { username: 'admin', displayName: 'Administrator', role: 'admin', password, origin: 'chosen-by-someone-else' });
      await recordAudit(trx, now, by, { action: 'user.created', target: { type: 'user', id: 'admin' }, detail: { role: 'admin', displayName: 'Administrator' } });
    }
    const path = credentialsPath(q.ctx.config.dataDir, now);
    writeSecretFile(path, credentialsText(q, now, key.key, password));
    return path;
  });
}

/**
 * What `serve` does to the database before it listens, and what it says about it (for stdout). The demo goes
 * only into a new database, since its users have a published password; a new database gets first-start
 * credentials, of which stdout names only the file.
 */
export async function prepareStart(q: Quayside, options: { demo: boolean }): Promise<string> {
  const isNew = await isNewDatabase(q.ctx.db.kysely);
  let out = '';
  if (options.demo) {
    if (isNew) {
      q.ctx.log.info('seeding the demo warehouse (first start with --demo)');
      await seedDemo(q);
    }
    if (isNew || (await hasDemoData(q))) {
      out += demoUsersText(q);
    } else {
      out +=
        `\n  Demo mode: ${q.ctx.db.describe} is not a new database, so the demo was not seeded into it (its users and keys stay as they are).\n` +
        '  For the demo, start with a new database, e.g. DATABASE_URL=sqlite:./data/demo.db npm start\n\n';
    }
  }
  if (isNew) {
    // The demo users include admin, so the first-start admin user is not needed then; the admin key still is
    // (scripts and the curl examples use it).
    const path = await createFirstStartCredentials(q, { adminUser: !options.demo });
    if (path !== undefined) {
      out +=
        `\n  First start: ${options.demo ? 'an admin API key was' : "an admin API key and user 'admin' (with a generated password, to be changed at the first sign-in) were"} ` +
        `created and written to\n\n      ${path}\n\n  (readable only by this account). Keep what you need somewhere safe, then delete the file.\n\n`;
    }
  }
  return out;
}

/** The demo's users have a published password: unless HOST (or the config) says otherwise, only this machine may reach them. */
export function listenHost(config: Config, demo: boolean): string {
  return config.host ?? (demo ? '127.0.0.1' : '0.0.0.0');
}
