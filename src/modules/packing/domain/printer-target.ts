import { addressLiteral, parseTargetPolicy, refusedAddress, refusedHostName, type TargetPolicy } from '../../../platform/net/address-policy.js';

/**
 * Where label printers may be (ADR 0021). Printers are devices on the warehouse's own network, so
 * unlike webhook receivers (public addresses only unless an operator allows more) they may be at
 * private, link-local and loopback addresses; never at a cloud metadata address (refusedAddress refuses
 * those whatever the policy says), a multicast, broadcast or unspecified address. Only admins configure
 * printers, and the address is checked when configured and again, after the name lookup, at every send.
 */
export const PRINTER_POLICY: TargetPolicy = parseTargetPolicy([
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '169.254.0.0/16',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '::1/128',
  'fc00::/7',
  'fe80::/10',
]);

export const HOST_PATTERN = '^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f:.]+)$';

/** Why a printer may not be at this host (an address or a name), before any lookup; undefined when it may. */
export function refusedPrinterHost(host: string): string | undefined {
  const literal = addressLiteral(host);
  if (literal !== undefined) {
    const why = refusedAddress(PRINTER_POLICY, literal);
    return why ? `${literal} ${why}` : undefined;
  }
  if (/^[0-9.]+$/.test(host)) return `'${host}' is not a valid address`;
  const byName = refusedHostName(host);
  return byName ? `'${host}' ${byName}` : undefined;
}

/** Why a looked-up address of a printer may not be used; undefined when it may. */
export function refusedPrinterAddress(address: string): string | undefined {
  const why = refusedAddress(PRINTER_POLICY, address);
  return why ? `${address} ${why}` : undefined;
}
