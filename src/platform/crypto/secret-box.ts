import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT = 'v1';

/** A secret that cannot be opened: sealed with a key this process does not have, or altered. */
export class SecretUnavailable extends Error {
  constructor(
    readonly keyId: string,
    message: string,
  ) {
    super(message);
    this.name = 'SecretUnavailable';
  }
}

export interface SecretKey {
  /** Derived from the key itself, so operators never have to name keys and two processes agree. */
  id: string;
  key: Buffer;
}

export function secretKey(key: Buffer): SecretKey {
  if (key.length !== KEY_BYTES) throw new Error(`a secret key must be ${String(KEY_BYTES)} bytes, got ${String(key.length)}`);
  return { id: createHash('sha256').update('quayside secret key id\0').update(key).digest('hex').slice(0, 16), key };
}

export function newSecretKeyText(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

/**
 * Encrypts secrets that must be kept readable (webhook signing secrets: HMAC needs the secret itself, so
 * a hash will not do) with AES-256-GCM. The first key seals; every key opens, so that after a key change
 * the old one can stay until everything is sealed again with the new one. `purpose` is bound into each
 * ciphertext (GCM additional data) with the key id, so a value cannot be moved to another column or
 * relabelled with another key id unnoticed.
 */
export class SecretBox {
  private loaded: { keys: Map<string, Buffer>; currentKeyId: string } | undefined;

  /** `keys` may be a function: the keys are then read at first use (a key file is created only when needed). */
  constructor(private readonly keys: readonly SecretKey[] | (() => readonly SecretKey[])) {}

  private get ring(): { keys: Map<string, Buffer>; currentKeyId: string } {
    if (!this.loaded) {
      const keys = typeof this.keys === 'function' ? this.keys() : this.keys;
      const [current] = keys;
      if (!current) throw new Error('a secret box needs at least one key');
      this.loaded = { keys: new Map(keys.map((k) => [k.id, k.key])), currentKeyId: current.id };
    }
    return this.loaded;
  }

  get currentKeyId(): string {
    return this.ring.currentKeyId;
  }

  get keyIds(): string[] {
    return [...this.ring.keys.keys()];
  }

  knows(keyId: string): boolean {
    return this.ring.keys.has(keyId);
  }

  seal(plain: string, purpose: string): string {
    const key = this.ring.keys.get(this.currentKeyId);
    if (!key) throw new Error('the current key is missing');
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(additionalData(this.currentKeyId, purpose));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${FORMAT}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  open(keyId: string, sealed: string, purpose: string): string {
    const key = this.ring.keys.get(keyId);
    if (!key) throw new SecretUnavailable(keyId, `sealed with key ${keyId}, which this process does not have`);
    const [format, data] = sealed.split(':', 2);
    const raw = Buffer.from(data ?? '', 'base64');
    if (format !== FORMAT || raw.length < IV_BYTES + TAG_BYTES) throw new SecretUnavailable(keyId, 'not a sealed secret');
    const decipher = createDecipheriv(ALGORITHM, key, raw.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(keyId, purpose));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretUnavailable(keyId, 'the sealed secret does not match its key (altered, or sealed for something else)');
    }
  }
}

function additionalData(keyId: string, purpose: string): Buffer {
  return Buffer.from(`${FORMAT}\0${keyId}\0${purpose}`, 'utf8');
}
