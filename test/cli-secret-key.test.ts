import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reencryptSecrets, rotateSecretKey } from '../src/secret-key-commands.js';
import { defaultConfig } from '../src/platform/config.js';
import { newSecretKeyText } from '../src/platform/crypto/secret-box.js';
import { loadSecretBox } from '../src/platform/crypto/secret-keys.js';
import { createDatabase, type Database } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrator.js';
import { TEST_DB_KIND } from './support/database.js';

/** The real `quayside` command in a child process. */
function quayside(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', QUAYSIDE_SECRET_KEY: '', QUAYSIDE_SECRET_KEY_PREVIOUS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

// The commands do not depend on the database kind; one run (SQLite) is enough.
describe.skipIf(TEST_DB_KIND === 'postgres')('the secret key commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quayside-keys-cli-'));
  const dataDir = join(dir, 'data');
  const env = { DATABASE_URL: `sqlite:${join(dir, 'q.db')}`, QUAYSIDE_DATA_DIR: dataDir };
  const config = { ...defaultConfig, databaseUrl: env.DATABASE_URL, dataDir };
  const clear = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwAAAAAAAAAAA=';
  let db: Database;

  beforeAll(async () => {
    db = createDatabase({ url: env.DATABASE_URL });
    await migrateToLatest(db);
    // A subscription as an older version left it: the secret in clear text.
    await db.kysely
      .insertInto('webhook_subscriptions')
      .values({
        url: 'https://erp.example.com/hooks',
        event_types: '["*"]',
        source_system_id: null,
        description: '',
        active: 1,
        secret: clear,
        previous_secret: null,
        previous_secret_expires_at: null,
        secret_key_id: null,
        created_at: 0,
        updated_at: 0,
      })
      .execute();
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const row = () => db.kysely.selectFrom('webhook_subscriptions').select(['secret', 'secret_key_id']).executeTakeFirstOrThrow();
  const keyLines = () => readFileSync(join(dataDir, 'secret.key'), 'utf8').trim().split('\n');
  const opened = async () => {
    const r = await row();
    return loadSecretBox({}, dataDir).box.open(r.secret_key_id ?? '', r.secret, 'webhook_subscriptions.secret');
  };

  it('seals clear-text secrets with a generated owner-only key file, rotates the key and forgets the old one', { timeout: 120_000 }, async () => {
    const sealed = await quayside(['reencrypt-secrets'], env);
    expect(sealed.code, sealed.out).toBe(0);
    expect(sealed.out).toMatch(/Sealed 1 webhook secret\(s\) with key [0-9a-f]{16}/);
    expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
    const firstKeyId = (await row()).secret_key_id;
    expect(firstKeyId).toMatch(/^[0-9a-f]{16}$/);
    expect((await row()).secret).not.toContain('MfKQ9r8');
    expect(await opened()).toBe(clear);

    const rotated = await quayside(['rotate-secret-key'], env);
    expect(rotated.code, rotated.out).toBe(0);
    expect(rotated.out).toContain('Sealed 1 webhook secret(s)');
    expect(keyLines()).toHaveLength(2);
    expect((await row()).secret_key_id).not.toBe(firstKeyId);
    expect(await opened()).toBe(clear);

    // The rest runs the same commands in this process (a child process costs seconds each).
    const said: string[] = [];
    expect(await reencryptSecrets(config, ['--forget-previous-keys'], (text) => said.push(text), {})).toBe(true);
    expect(said.join('')).toContain('Sealed 0 webhook secret(s)');
    expect(keyLines()).toHaveLength(1);
    expect(await opened()).toBe(clear);
  });

  it('leaves a key from the environment to the operator, and reports secrets it cannot open', async () => {
    const otherKey = newSecretKeyText();
    const said: string[] = [];
    const out = (text: string) => said.push(text);
    await expect(rotateSecretKey(config, out, { QUAYSIDE_SECRET_KEY: otherKey })).rejects.toThrow('QUAYSIDE_SECRET_KEY_PREVIOUS');

    expect(await reencryptSecrets(config, [], out, { QUAYSIDE_SECRET_KEY: otherKey })).toBe(false);
    expect(said.join('')).toContain('which this process does not have');
    expect(await opened()).toBe(clear);

    // With the file's key as the previous one, the environment's key takes over.
    said.length = 0;
    expect(await reencryptSecrets(config, [], out, { QUAYSIDE_SECRET_KEY: otherKey, QUAYSIDE_SECRET_KEY_PREVIOUS: keyLines()[0] ?? '' })).toBe(true);
    expect(said.join('')).toContain('Sealed 1 webhook secret(s)');
    const envBox = loadSecretBox({ QUAYSIDE_SECRET_KEY: otherKey }, dataDir).box;
    const r = await row();
    expect(r.secret_key_id).toBe(envBox.currentKeyId);
    expect(envBox.open(envBox.currentKeyId, r.secret, 'webhook_subscriptions.secret')).toBe(clear);
  });
});
