import { randomBytes } from 'node:crypto';
import { SecretBox, secretKey } from '../../src/platform/crypto/secret-box.js';
import type { HostResolver, ResolvedAddress } from '../../src/platform/net/outbound-target.js';

/**
 * Tests never ask a real DNS server (that would send traffic off this machine): names are answered from
 * a table, `localhost` is loopback, anything else does not exist.
 */
export function tableResolver(table: Record<string, string[]> = {}): HostResolver & { asked: string[] } {
  const asked: string[] = [];
  const resolve = (hostname: string): Promise<ResolvedAddress[]> => {
    asked.push(hostname);
    const name = hostname.toLowerCase();
    const found = table[name] ?? (name === 'localhost' ? ['127.0.0.1', '::1'] : undefined);
    if (!found) return Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
    return Promise.resolve(found.map((address) => ({ address, family: address.includes(':') ? (6 as const) : (4 as const) })));
  };
  return Object.assign(resolve, { asked });
}

/** A secret box with a fresh random key, so that test apps never read or write a key file. */
export function testSecretBox(): SecretBox {
  return new SecretBox([secretKey(randomBytes(32))]);
}
