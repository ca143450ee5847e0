import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Quayside } from './main.js';
import { createApiKey } from './platform/auth/api-keys.js';
import { generatePassword } from './platform/auth/passwords.js';
import { createUser } from './platform/auth/users.js';
import type { Executor } from './platform/db/database.js';
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
  return q.ctx.db.kysely.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('first_start')
      .values({ id: 1, claimed_at: now })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!claimed) return undefined;
    const key = await createApiKey(trx, q.ctx.ids, now, 'initial admin', { kind: 'user', role: 'admin' });
    let password: string | undefined;
    if (options.adminUser) {
      password = generatePassword();
      await createUser(trx, now, { username: 'admin', displayName: 'Administrator', role: 'admin', password, origin: 'chosen-by-someone-else' });
    }
    const path = credentialsPath(q.ctx.config.dataDir, now);
    writeSecretFile(path, credentialsText(q, now, key.key, password));
    return path;
  });
}
