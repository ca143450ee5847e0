/** Release status (reference 2.4) of a line from its quantities. */
export function lineReleaseStatus(ordered: number, released: number): 'Open' | 'PartiallyReleased' | 'Released' {
  if (released <= 0) return 'Open';
  return released >= ordered ? 'Released' : 'PartiallyReleased';
}

/** Shipment status (reference 2.4) of a line from its quantities. */
export function lineShipmentStatus(ordered: number, shipped: number): 'Open' | 'PartiallyShipped' | 'Shipped' {
  if (shipped <= 0) return 'Open';
  return shipped >= ordered ? 'Shipped' : 'PartiallyShipped';
}

/** A header is Open while every line is, done when every line is, and partly otherwise. */
export function headerStatus<T extends string>(lineStatuses: readonly string[], open: T, partly: T, done: T): T {
  if (lineStatuses.length === 0 || lineStatuses.every((s) => s === open)) return open;
  if (lineStatuses.every((s) => s === done)) return done;
  return partly;
}

/** Quantity to release (reference 3.1): everything still open, or only what is physically reserved. */
export type QuantityToRelease = 'All' | 'PhysicallyReserved';

export function quantityToRelease(mode: QuantityToRelease, line: { ordered: number; released: number; picked: number; reserved: number }): number {
  const open = Math.max(0, line.ordered - line.released);
  if (mode === 'All') return open;
  // Reservations of released but not yet picked quantities belong to that earlier release.
  const reservedForNew = line.reserved - Math.max(0, line.released - line.picked);
  return Math.max(0, Math.min(open, reservedForNew));
}
