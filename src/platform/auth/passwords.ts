import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { DomainError } from '../errors.js';
import { AuthErrors } from './errors.js';
import { HashSlots } from './hash-slots.js';
import { checkPassword } from './password-policy.js';

export { checkPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy.js';

/**
 * scrypt with N=2^15, r=8, p=1 (32 MiB, tens of milliseconds per guess): passwords are chosen by people,
 * so unlike API keys they need a slow hash. The parameters are stored with each hash so they can be raised
 * later without invalidating existing passwords.
 */
export const PASSWORD_HASH_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
let current: { N: number; r: number; p: number } = PASSWORD_HASH_PARAMS;

/**
 * For test runs only, as Rails and Django make their test environments' password hashes cheap: the suite signs
 * in hundreds of times, and at the production cost that is about a sixth of its CPU. Nothing in src/ calls
 * it. Stored hashes carry their parameters, so a hash made at either cost verifies at any time.
 */
export function setPasswordHashCost(N: number): void {
  current = { ...PASSWORD_HASH_PARAMS, N };
}
const KEY_LENGTH = 32;

/**
 * One set of slots per process, because the thread pool they protect is one per process; main.ts sizes it
 * from the config (passwords.hashConcurrency, passwords.hashQueue).
 */
export const hashSlots = new HashSlots(2, 32);

export function configureHashSlots(settings: { hashConcurrency: number; hashQueue: number }): void {
  hashSlots.configure(settings.hashConcurrency, settings.hashQueue);
}

const busy = () => new DomainError(AuthErrors.busy, 'Many sign-ins are being checked at this moment; try again in a second');

/** Runs password work (hashing and checking) in a hash slot; throws AUTH.BUSY (503) when the queue is full. */
export function inHashSlot<T>(work: () => Promise<T>): Promise<T> {
  return hashSlots.run(work, busy);
}

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }, keyLength = KEY_LENGTH): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export function hashPassword(password: string): Promise<string> {
  return inHashSlot(async () => {
    const salt = randomBytes(16);
    const key = await derive(password, salt, current);
    return `scrypt$N=${String(current.N)},r=${String(current.r)},p=${String(current.p)}$${salt.toString('base64')}$${key.toString('base64')}`;
  });
}

/**
 * Checks a password against a stored hash. Call it only inside `inHashSlot` (sign-in takes the slot before it
 * counts the attempt, so that an attempt refused as busy is not counted).
 */
export async function verifyPasswordInSlot(password: string, stored: string): Promise<boolean> {
  const [algorithm, paramText, saltText, hashText] = stored.split('$');
  if (algorithm !== 'scrypt' || !paramText || !saltText || !hashText) return false;
  const params = new Map(paramText.split(',').map((pair) => { const [k, v] = pair.split('='); return [k, Number(v)] as const; }));
  const [N, r, p] = [params.get('N'), params.get('r'), params.get('p')];
  if (!N || !r || !p) return false;
  const expected = Buffer.from(hashText, 'base64');
  if (expected.length === 0) return false;
  const actual = await derive(password, Buffer.from(saltText, 'base64'), { N, r, p }, expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function verifyPassword(password: string, stored: string): Promise<boolean> {
  return inHashSlot(() => verifyPasswordInSlot(password, stored));
}

/**
 * A hash of nothing anyone knows, checked against when the username is unknown or the account is locked,
 * so that those answers take as long as a wrong password. Computed outside the slots: it is made once.
 */
const decoys = new Map<number, Promise<string>>();
export function decoyHash(): Promise<string> {
  const params = current;
  let decoy = decoys.get(params.N);
  if (!decoy) {
    decoy = (async () => {
      const salt = randomBytes(16);
      const key = await derive(randomBytes(16).toString('hex'), salt, params);
      return `scrypt$N=${String(params.N)},r=${String(params.r)},p=${String(params.p)}$${salt.toString('base64')}$${key.toString('base64')}`;
    })();
    decoys.set(params.N, decoy);
  }
  return decoy;
}

/** A password to hand over once, for accounts created without one (first start, CLI): 96 random bits. */
export function generatePassword(): string {
  for (;;) {
    const password = randomBytes(12).toString('base64url');
    try {
      // 16 random characters practically always pass; the check makes "always" exact.
      checkPassword(password);
      return password;
    } catch {
      // draw again
    }
  }
}
