import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resealWebhookSecrets, type ResealResult } from './modules/events/index.js';
import type { Config } from './platform/config.js';
import type { SecretBox } from './platform/crypto/secret-box.js';
import { addKeyToFile, dropPreviousKeysFromFile, loadSecretBox, SECRET_KEY_FILE } from './platform/crypto/secret-keys.js';
import { createDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrator.js';

/** The `quayside` commands that change the key sealing secrets at rest (README: "Running in production"). */

async function reseal(config: Config, box: SecretBox): Promise<ResealResult> {
  const db = createDatabase({ url: config.databaseUrl });
  try {
    await migrateToLatest(db);
    return await resealWebhookSecrets(db.kysely, box);
  } finally {
    await db.close();
  }
}

function report(result: ResealResult, box: SecretBox, out: (text: string) => void): boolean {
  out(`Sealed ${String(result.resealed)} webhook secret(s) with key ${box.currentKeyId}.\n`);
  if (result.unreadable.length === 0) return true;
  const keys = [...new Set(result.unreadable.map((u) => u.keyId))].join(', ');
  out(
    `${String(result.unreadable.length)} subscription(s) (${result.unreadable.map((u) => u.id).join(', ')}) are sealed with key(s) ${keys}, ` +
      'which this process does not have: add the old key to QUAYSIDE_SECRET_KEY_PREVIOUS (or below the first line of the key file) and run this again.\n',
  );
  return false;
}

/**
 * `quayside reencrypt-secrets [--forget-previous-keys]`: seals every webhook secret with the current key.
 * With --forget-previous-keys, and only when nothing is left sealed with another key, the key file keeps
 * just the current key (with QUAYSIDE_SECRET_KEY_PREVIOUS, the operator removes that variable).
 */
export async function reencryptSecrets(config: Config, args: string[], out: (text: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const forget = args.includes('--forget-previous-keys');
  const { box, source } = loadSecretBox(env, config.dataDir);
  const result = await reseal(config, box);
  const complete = report(result, box, out);
  if (complete && forget) {
    if (source.kind === 'file') {
      dropPreviousKeysFromFile(source.path);
      out(`${source.path} now holds only key ${box.currentKeyId}.\n`);
    } else {
      out('Nothing is sealed with a previous key any more: QUAYSIDE_SECRET_KEY_PREVIOUS can be removed.\n');
    }
  }
  return complete;
}

/**
 * `quayside rotate-secret-key`: for the key file only. A new key goes on top of the file (the old ones
 * stay below it to open what they sealed), and every webhook secret is sealed with it. Processes that were
 * running keep sealing with the old key until restarted; restart them, then run
 * `quayside reencrypt-secrets --forget-previous-keys`.
 */
export async function rotateSecretKey(config: Config, out: (text: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (env.QUAYSIDE_SECRET_KEY?.trim()) {
    throw new Error(
      'the key comes from QUAYSIDE_SECRET_KEY: put the new key there and the old one in QUAYSIDE_SECRET_KEY_PREVIOUS, restart every process, then run `quayside reencrypt-secrets`',
    );
  }
  const path = resolve(join(config.dataDir, SECRET_KEY_FILE));
  if (!existsSync(path)) throw new Error(`${path} does not exist: no secret was sealed yet, so there is nothing to rotate`);
  const box = addKeyToFile(path);
  out(`${path}: new key ${box.currentKeyId} added on top; the previous key(s) stay below it until everything is sealed again.\n`);
  const complete = report(await reseal(config, box), box, out);
  out('Restart every Quayside process now, then run `quayside reencrypt-secrets --forget-previous-keys`.\n');
  return complete;
}
