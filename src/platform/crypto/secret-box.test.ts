import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { SecretBox, secretKey, SecretUnavailable } from './secret-box.js';
import { addKeyToFile, dropPreviousKeysFromFile, loadSecretBox } from './secret-keys.js';

describe('secrets sealed at rest', () => {
  const oldKey = secretKey(randomBytes(32));
  const newKey = secretKey(randomBytes(32));

  it('seals with AES-256-GCM: a fresh ciphertext every time, opened only with the key and for the purpose it was sealed for', () => {
    const box = new SecretBox([oldKey]);
    const a = box.seal('whsec_top-secret', 'webhook');
    const b = box.seal('whsec_top-secret', 'webhook');
    expect(a).not.toBe(b);
    expect(a).not.toContain('top-secret');
    expect(box.open(oldKey.id, a, 'webhook')).toBe('whsec_top-secret');
    expect(() => box.open(oldKey.id, a, 'something else')).toThrow(SecretUnavailable);
    const altered = `${a.slice(0, -4)}${a.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    expect(() => box.open(oldKey.id, altered, 'webhook')).toThrow(SecretUnavailable);
    expect(() => new SecretBox([newKey]).open(oldKey.id, a, 'webhook')).toThrow(/does not have/);
  });

  it('seals with the first key and opens with every key it holds (a key change)', () => {
    const sealedOld = new SecretBox([oldKey]).seal('s1', 'p');
    const both = new SecretBox([newKey, oldKey]);
    expect(both.currentKeyId).toBe(newKey.id);
    expect(both.open(oldKey.id, sealedOld, 'p')).toBe('s1');
    expect(new SecretBox([newKey]).open(newKey.id, both.seal('s2', 'p'), 'p')).toBe('s2');
  });

  describe('where the key comes from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quayside-keys-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('creates the key file only when a secret is first sealed, owner-only (0600), and reads the same key afterwards', () => {
      const dataDir = join(dir, 'data');
      const first = loadSecretBox({}, dataDir);
      expect(first.source).toEqual({ kind: 'file', path: join(dataDir, 'secret.key') });
      expect(existsSync(join(dataDir, 'secret.key'))).toBe(false);
      const sealed = first.box.seal('whsec_x', 'p');
      expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      const again = loadSecretBox({}, dataDir).box;
      expect(again.currentKeyId).toBe(first.box.currentKeyId);
      expect(again.open(again.currentKeyId, sealed, 'p')).toBe('whsec_x');
    });

    it('takes QUAYSIDE_SECRET_KEY (and previous keys) from the environment before any file, and refuses a key that is not 32 bytes', () => {
      const env = { QUAYSIDE_SECRET_KEY: newKey.key.toString('base64'), QUAYSIDE_SECRET_KEY_PREVIOUS: oldKey.key.toString('base64') };
      const loaded = loadSecretBox(env, join(dir, 'unused'));
      expect(loaded.source).toEqual({ kind: 'environment' });
      expect(loaded.box.currentKeyId).toBe(newKey.id);
      expect(loaded.box.knows(oldKey.id)).toBe(true);
      expect(existsSync(join(dir, 'unused'))).toBe(false);
      expect(() => loadSecretBox({ QUAYSIDE_SECRET_KEY: 'c2hvcnQ=' }, dir)).toThrow(/QUAYSIDE_SECRET_KEY must be base64 of 32 random bytes/);
      expect(() => loadSecretBox({ QUAYSIDE_SECRET_KEY: env.QUAYSIDE_SECRET_KEY, QUAYSIDE_SECRET_KEY_PREVIOUS: 'nope' }, dir)).toThrow(/QUAYSIDE_SECRET_KEY_PREVIOUS/);
    });

    it('rotates the key file: a new key on top that seals, the old one kept to open, then dropped', () => {
      const dataDir = join(dir, 'rotating');
      const before = loadSecretBox({}, dataDir).box;
      const sealed = before.seal('whsec_y', 'p');
      const path = join(dataDir, 'secret.key');
      const after = addKeyToFile(path);
      expect(after.currentKeyId).not.toBe(before.currentKeyId);
      expect(after.open(before.currentKeyId, sealed, 'p')).toBe('whsec_y');
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(2);
      dropPreviousKeysFromFile(path);
      const only = loadSecretBox({}, dataDir).box;
      expect(only.keyIds).toEqual([after.currentKeyId]);
    });
  });
});
