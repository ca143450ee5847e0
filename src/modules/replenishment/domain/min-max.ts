/**
 * Min/max replenishment decisions. Pure: the caller reads the face, what is on its way to it and the
 * stock that could fill it.
 */

/** A fixed pick location as the min/max process sees it (micro-units). */
export interface FaceState {
  minQty: number;
  maxQty: number;
  /** Physical stock at the face now. */
  onHand: number;
  /** What open replenishment work is still bringing to the face. */
  incoming: number;
  /** Open replenishment work exists for the face: no second one is created. */
  openWork: boolean;
}

/** How much to bring to the face: max - (on hand + incoming) once on hand is at or below min; 0 otherwise. */
export function replenishQuantity(face: FaceState): number {
  if (face.openWork || face.onHand > face.minQty) return 0;
  return Math.max(0, face.maxQty - (face.onHand + face.incoming));
}

/** A source location directive as far as replenishment uses it (see the work module's location directives). */
export interface SourceDirective {
  sequence: number;
  itemNumber: string | null;
  ownerId: string | null;
  inventoryStatusId: string | null;
  zoneId: string | null;
  locationType: string | null;
}

/** Available stock of the item at one balance row outside the face. */
export interface SourceStock {
  locationId: string;
  zoneId: string | null;
  locationType: string;
  sortCode: number | null;
  licensePlateId: string;
  ownerId: string;
  inventoryStatusId: string;
  batchNumber: string;
  serialNumber: string;
  /** Physical minus reserved, micro-units. */
  available: number;
}

/** Without a Replenishment pick directive, stock comes from storage locations. */
const STORAGE: SourceDirective = { sequence: 0, itemNumber: null, ownerId: null, inventoryStatusId: null, zoneId: null, locationType: 'storage' };

/**
 * Where to take `need` of the item from: the directives in sequence, within one the locations in sort
 * order (sort code, then id); each balance row at most once. May return less than `need` when the
 * warehouse holds less.
 */
export function chooseSources(itemNumber: string, directives: readonly SourceDirective[], stock: readonly SourceStock[], need: number): Array<{ stock: SourceStock; qty: number }> {
  const rules = directives.length > 0 ? [...directives].sort((a, b) => a.sequence - b.sequence) : [STORAGE];
  const ordered = [...stock].sort(
    (a, b) => (a.sortCode ?? Number.MAX_SAFE_INTEGER) - (b.sortCode ?? Number.MAX_SAFE_INTEGER) || a.locationId.localeCompare(b.locationId) || a.licensePlateId.localeCompare(b.licensePlateId),
  );
  const used = new Set<SourceStock>();
  const chosen: Array<{ stock: SourceStock; qty: number }> = [];
  let left = need;
  for (const d of rules) {
    if (d.itemNumber !== null && d.itemNumber !== itemNumber) continue;
    for (const s of ordered) {
      if (left <= 0) return chosen;
      if (used.has(s) || s.available <= 0) continue;
      if (s.locationType !== (d.locationType ?? 'storage')) continue;
      if (d.zoneId !== null && s.zoneId !== d.zoneId) continue;
      if (d.ownerId !== null && s.ownerId !== d.ownerId) continue;
      if (d.inventoryStatusId !== null && s.inventoryStatusId !== d.inventoryStatusId) continue;
      const qty = Math.min(left, s.available);
      chosen.push({ stock: s, qty });
      used.add(s);
      left -= qty;
    }
  }
  return chosen;
}
