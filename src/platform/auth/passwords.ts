import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { invalid } from '../errors.js';

export const MIN_PASSWORD_LENGTH = 8;

/**
 * scrypt with N=2^15, r=8, p=1 (32 MiB, tens of milliseconds per guess): passwords are chosen by people,
 * so unlike API keys they need a slow hash. The parameters are stored with each hash so they can be raised
 * later without invalidating existing passwords.
 */
const CURRENT = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }, keyLength = KEY_LENGTH): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, CURRENT);
  return `scrypt$N=${String(CURRENT.N)},r=${String(CURRENT.r)},p=${String(CURRENT.p)}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
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

/** A hash of nothing anyone knows, checked against when the username is unknown so both failures take as long. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}

export function checkPassword(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw invalid(field, `must be at least ${String(MIN_PASSWORD_LENGTH)} characters long`);
}

/** A password to print once, for accounts created without one (first start, CLI). */
export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}
