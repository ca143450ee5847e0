import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Cidr = [Address, number];

/**
 * Which network addresses Quayside may send requests to on behalf of a caller (webhook receivers).
 * By default only public unicast addresses: anything else (loopback, private networks, link-local,
 * CGNAT, multicast, reserved and translation ranges) would let an API key make Quayside talk to its own
 * network. Operators with an on-premises receiver allow it explicitly, by address range or host name.
 */
export interface TargetPolicy {
  /** Address ranges a receiver may be in although they are not public (e.g. an on-premises ERP's network). */
  readonly allowedRanges: readonly Cidr[];
  /** Host names (lower case, `*.` prefix for any subdomain) whose addresses are trusted whatever they are. */
  readonly allowedHosts: readonly string[];
}

export const PUBLIC_ONLY: TargetPolicy = { allowedRanges: [], allowedHosts: [] };

/**
 * Cloud instance metadata services hand out credentials to whoever asks from inside; they are never a
 * receiver, even when an allow-list range covers them.
 */
const METADATA_ADDRESSES = ['169.254.169.254', '169.254.170.2', 'fd00:ec2::254', '100.100.100.200', '192.0.0.192'].map((a) => ipaddr.parse(a).toNormalizedString());
const METADATA_HOSTS = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal']);

/** What each kind of non-public address is called in an answer to the caller. */
const RANGE_NAMES: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private network address',
  uniqueLocal: 'a private network address',
  linkLocal: 'a link-local address',
  carrierGradeNat: 'a shared (carrier-grade NAT) address',
  unspecified: 'an unspecified address',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
};

/** Reads the allow-list setting: CIDR ranges, single addresses, host names and `*.domain` wildcards. */
export function parseTargetPolicy(entries: readonly string[]): TargetPolicy {
  const allowedRanges: Cidr[] = [];
  const allowedHosts: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry.includes('/')) {
      try {
        allowedRanges.push(ipaddr.parseCIDR(entry));
      } catch {
        throw new Error(`webhooks.allowedTargets: '${raw}' is not a valid address range (CIDR)`);
      }
    } else if (ipaddr.isValid(stripBrackets(entry))) {
      const address = ipaddr.parse(stripBrackets(entry));
      allowedRanges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else if (/^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/.test(entry)) {
      allowedHosts.push(entry.replace(/\.$/, ''));
    } else {
      throw new Error(`webhooks.allowedTargets: '${raw}' is neither an address, an address range nor a host name`);
    }
  }
  return { allowedRanges, allowedHosts };
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** The address as written in a URL's host (brackets around IPv6), if the host is an address at all. */
export function addressLiteral(host: string): string | undefined {
  const bare = stripBrackets(host);
  return ipaddr.isValid(bare) && (bare.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(bare)) ? bare : undefined;
}

export function isAllowedHostName(policy: TargetPolicy, host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return policy.allowedHosts.some((entry) => (entry.startsWith('*.') ? name.endsWith(entry.slice(1)) : name === entry));
}

/** Host names that are refused before any lookup: they name this machine or a cloud metadata service. */
export function refusedHostName(host: string): string | undefined {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return 'names this machine (localhost)';
  if (METADATA_HOSTS.has(name)) return 'names a cloud metadata service';
  return undefined;
}

/**
 * Why a request to this address is refused, or undefined when it may go ahead. `viaAllowedHost`: the
 * URL's host name is on the allow-list, so its addresses are trusted (all but cloud metadata).
 */
export function refusedAddress(policy: TargetPolicy, address: string, viaAllowedHost = false): string | undefined {
  let parsed: Address;
  try {
    parsed = ipaddr.parse(stripBrackets(address));
  } catch {
    return 'is not a network address';
  }
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) reaches the IPv4 address it carries: judge that one.
  const mapped = parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress();
  const effective: Address = mapped ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
  if (METADATA_ADDRESSES.includes(effective.toNormalizedString()) || METADATA_ADDRESSES.includes(parsed.toNormalizedString())) {
    return 'is a cloud metadata address';
  }
  if (viaAllowedHost) return undefined;
  if (policy.allowedRanges.some(([base, bits]) => base.kind() === effective.kind() && effective.match(base, bits))) return undefined;
  if (mapped) return `is an IPv4-mapped IPv6 address (${describeRange(effective)})`;
  const range = effective.range();
  if (range === 'unicast') return undefined;
  return `is ${describeRange(effective)}`;
}

function describeRange(address: Address): string {
  const range = address.range();
  if (range === 'unicast') return 'a public address';
  return RANGE_NAMES[range] ?? `a reserved or special-purpose address (${range})`;
}
