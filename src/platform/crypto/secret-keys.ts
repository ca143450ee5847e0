import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensurePrivateDir, readOrCreateSecretFile, SECRET_FILE_MODE } from '../secret-files.js';
import { newSecretKeyText, SecretBox, secretKey, type SecretKey } from './secret-box.js';

/** The generated key file in the data directory, used when QUAYSIDE_SECRET_KEY is not set. */
export const SECRET_KEY_FILE = 'secret.key';

export interface LoadedSecretBox {
  box: SecretBox;
  /** Where the keys came from, for the start log and the rotation command (never the keys). */
  source: { kind: 'environment' } | { kind: 'file'; path: string };
}

const KEY_HELP = 'base64 of 32 random bytes, e.g. the output of `openssl rand -base64 32`';

function parseKey(text: string, where: string): SecretKey {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== 32 || !/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) throw new Error(`${where} must be ${KEY_HELP}`);
  return secretKey(key);
}

function keyLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * The keys that seal secrets at rest. QUAYSIDE_SECRET_KEY (the key that seals) and
 * QUAYSIDE_SECRET_KEY_PREVIOUS (comma-separated keys that still open what they sealed) win; without them
 * the key file `<dataDir>/secret.key` is read, or created once with a new random key (mode 0600).
 * The file's first key seals; any further lines are previous keys.
 */
export function loadSecretBox(env: NodeJS.ProcessEnv, dataDir: string): LoadedSecretBox {
  const fromEnv = env.QUAYSIDE_SECRET_KEY?.trim();
  if (fromEnv) {
    const previous = (env.QUAYSIDE_SECRET_KEY_PREVIOUS ?? '')
      .split(',')
      .filter((k) => k.trim() !== '')
      .map((k, i) => parseKey(k, `QUAYSIDE_SECRET_KEY_PREVIOUS (entry ${String(i + 1)})`));
    return { box: new SecretBox([parseKey(fromEnv, 'QUAYSIDE_SECRET_KEY'), ...previous]), source: { kind: 'environment' } };
  }
  const path = resolve(join(dataDir, SECRET_KEY_FILE));
  // Read (or created) at first use, so that commands which never touch a secret leave no key file behind.
  return { box: new SecretBox(() => readKeyFile(path, true)), source: { kind: 'file', path } };
}

/** The keys in the key file, first the one that seals; `create`: make the file with a new key when there is none. */
export function readKeyFile(path: string, create: boolean): SecretKey[] {
  const text = create ? readOrCreateSecretFile(path, () => `${newSecretKeyText()}\n`) : readFileSync(path, 'utf8');
  const lines = keyLines(text);
  if (lines.length === 0) throw new Error(`${path} holds no key; delete it only if no secret was ever sealed with it`);
  return lines.map((l, i) => parseKey(l, `${path} (line ${String(i + 1)})`));
}

/**
 * Puts a new key at the top of the key file; the old ones stay below it to open what they sealed until
 * everything is sealed again. The file is replaced in one rename, so a reader sees the old or the new
 * file, never half of one.
 */
export function addKeyToFile(path: string): SecretBox {
  const old = keyLines(readFileSync(path, 'utf8'));
  const lines = [newSecretKeyText(), ...old];
  writeKeyFile(path, lines);
  return new SecretBox(readKeyFile(path, false));
}

/** Keeps only the first (sealing) key in the key file, once nothing is sealed with the others. */
export function dropPreviousKeysFromFile(path: string): void {
  const [current] = keyLines(readFileSync(path, 'utf8'));
  if (current === undefined) throw new Error(`${path} holds no key`);
  writeKeyFile(path, [current]);
}

function writeKeyFile(path: string, lines: string[]): void {
  ensurePrivateDir(resolve(path, '..'));
  const temporary = `${path}.${String(process.pid)}.tmp`;
  writeFileSync(temporary, `${lines.join('\n')}\n`, { mode: SECRET_FILE_MODE, flag: 'wx' });
  chmodSync(temporary, SECRET_FILE_MODE);
  renameSync(temporary, path);
}
