/**
 * Reservation at import (reference 1.3, 3.3): the order's policy decides whether the message processor
 * reserves stock and whether an order that cannot be reserved is rejected.
 */
export const RESERVATION_AT_IMPORT_POLICIES = ['None', 'Reserve', 'RejectUnlessFullyReserved', 'RejectUnlessPartlyReserved'] as const;
export type ReservationAtImportPolicy = (typeof RESERVATION_AT_IMPORT_POLICIES)[number];

export interface LineOutcome {
  lineNumber: number;
  itemNumber: string;
  /** What the line still needed before this reservation, in micro-units. */
  wanted: number;
  /** Already reserved before plus what this reservation can add. */
  reserved: number;
  short: number;
  reason: string | null;
}

export function reservesAtImport(policy: string): boolean {
  return policy !== 'None';
}

/**
 * The lines that make the order unacceptable under the policy, or an empty list. "Partly" means at
 * least something of the order can be reserved; "fully" means every line gets all it needs.
 */
export function rejectedLines(policy: string, lines: readonly LineOutcome[]): LineOutcome[] {
  const short = lines.filter((l) => l.short > 0);
  if (policy === 'RejectUnlessFullyReserved') return short;
  if (policy === 'RejectUnlessPartlyReserved') {
    const anything = lines.some((l) => l.reserved > 0);
    return anything ? [] : short;
  }
  return [];
}
