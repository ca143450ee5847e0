import { fromJson } from '../../../platform/db/json.js';

/** The customer an outbound order ships to, as its parties name it (receiver, else consignee), for a picker's screen. */
export function customerOf(parties: string): string | null {
  const p = fromJson<Record<string, unknown>>(parties, {});
  const text = (key: string) => (typeof p[key] === 'string' && p[key] !== '' ? p[key] : undefined);
  return text('receiverName') ?? text('consigneeName') ?? text('customerName') ?? null;
}
