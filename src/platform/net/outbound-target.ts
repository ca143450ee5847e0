import { lookup } from 'node:dns/promises';
import { addressLiteral, isAllowedHostName, refusedAddress, refusedHostName, type TargetPolicy } from './address-policy.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Turns a host name into its addresses; injected so that tests never ask a real DNS server. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: HostResolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** A request that the target policy does not allow; `reason` says why, for the caller. */
export class TargetRefused extends Error {
  constructor(readonly reason: string) {
    super(`target refused: ${reason}`);
    this.name = 'TargetRefused';
  }
}

/** The URL's host without the brackets of an IPv6 literal. */
export function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/** Refusals that need no lookup: the host is an address that is not allowed, or a name for this machine. */
export function refusedWithoutLookup(url: URL, policy: TargetPolicy): string | undefined {
  const host = hostOf(url);
  const literal = addressLiteral(url.hostname);
  if (literal !== undefined) {
    const why = refusedAddress(policy, literal);
    return why ? `${literal} ${why}` : undefined;
  }
  const allowed = isAllowedHostName(policy, host);
  const byName = refusedHostName(host);
  // localhost may be allowed by name; metadata services never.
  if (byName && !(allowed && byName.includes('localhost'))) return `${host} ${byName}`;
  return undefined;
}

/**
 * Resolves the URL's host and checks every address it has; one refused address refuses the request
 * (a name with a public and a private address could otherwise be steered to the private one). The
 * addresses returned are the only ones the caller may connect to, so that a second lookup (DNS
 * rebinding) never decides where the request goes.
 */
export async function checkedAddresses(url: URL, policy: TargetPolicy, resolve: HostResolver): Promise<ResolvedAddress[]> {
  const refused = refusedWithoutLookup(url, policy);
  if (refused) throw new TargetRefused(refused);
  const literal = addressLiteral(url.hostname);
  if (literal !== undefined) return [{ address: literal, family: literal.includes(':') ? 6 : 4 }];
  const host = hostOf(url);
  const addresses = await resolve(host);
  if (addresses.length === 0) throw Object.assign(new Error(`${host} has no address`), { code: 'ENOTFOUND' });
  const viaAllowedHost = isAllowedHostName(policy, host);
  for (const a of addresses) {
    const why = refusedAddress(policy, a.address, viaAllowedHost);
    if (why) throw new TargetRefused(`${host} resolves to an address that ${why}`);
  }
  return addresses;
}
