import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Files that hold secrets (first-start credentials, encryption keys, the SQLite database) are readable by
 * the owner only: another account on the host must not be able to read a key it could sign in with.
 */
export const SECRET_FILE_MODE = 0o600;
export const SECRET_DIR_MODE = 0o700;

/** Creates the directory (and its parents) owner-only when it does not exist yet; an existing one is left as the operator set it. */
export function ensurePrivateDir(path: string): void {
  const dir = resolve(path);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: SECRET_DIR_MODE });
}

/** Writes a new secret file with mode 0600; refuses to overwrite one that exists (a secret is written once). */
export function writeSecretFile(path: string, content: string): void {
  ensurePrivateDir(dirname(path));
  writeFileSync(path, content, { mode: SECRET_FILE_MODE, flag: 'wx' });
  // The mode given to writeFileSync is filtered by the umask; chmod makes it exact.
  chmodSync(path, SECRET_FILE_MODE);
}

/** Reads a secret file, or creates it with what `create` returns when it does not exist. */
export function readOrCreateSecretFile(path: string, create: () => string): string {
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const content = create();
  try {
    writeSecretFile(path, content);
    return content;
  } catch (error) {
    // Another process created it between the check and the write: theirs wins.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(path, 'utf8');
    throw error;
  }
}
