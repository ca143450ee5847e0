/**
 * Location directives decide where put-away (or pick) work goes. Pure: the caller loads the
 * directives, the candidate locations and what is at (or on its way to) each location.
 */
export interface Directive {
  directiveId: string;
  sequence: number;
  itemNumber: string | null;
  ownerId: string | null;
  inventoryStatusId: string | null;
  zoneId: string | null;
  locationType: string | null;
  respectCapacity: boolean;
  oneItemPerLocation: boolean;
  fallbackLocationId: string | null;
}

export interface CandidateLocation {
  locationId: string;
  zoneId: string | null;
  locationType: string;
  /** Micro-units; null = no limit. */
  maxQuantity: number | null;
  maxDistinctItems: number | null;
  sortCode: number | null;
}

/** What is at a location now plus what open put work is bringing there, per item. */
export type Occupancy = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface PutRequest {
  itemNumber: string;
  ownerId: string;
  inventoryStatusId: string;
  /** Micro-units of the item's inventory unit. */
  qty: number;
  /** Locations that must not be chosen (e.g. the receipt location the stock comes from). */
  exclude?: readonly string[];
}

export type PutDecision = { locationId: string; directiveId: string; fallback: boolean } | { locationId: null; reason: string };

export function directiveApplies(d: Directive, r: PutRequest): boolean {
  return (d.itemNumber === null || d.itemNumber === r.itemNumber) && (d.ownerId === null || d.ownerId === r.ownerId) && (d.inventoryStatusId === null || d.inventoryStatusId === r.inventoryStatusId);
}

/** Why a location cannot take the quantity under a directive, or null when it can. */
export function locationRefusal(d: Directive, loc: CandidateLocation, occupancy: Occupancy, r: PutRequest): string | null {
  const here = occupancy.get(loc.locationId) ?? new Map<string, number>();
  if (d.respectCapacity && loc.maxQuantity !== null) {
    let total = 0;
    for (const q of here.values()) total += q;
    if (total + r.qty > loc.maxQuantity) return 'capacity';
  }
  const otherItems = [...here.entries()].filter(([item, q]) => item !== r.itemNumber && q > 0).length;
  if (d.oneItemPerLocation && otherItems > 0) return 'another item';
  if (loc.maxDistinctItems !== null && (here.get(r.itemNumber) ?? 0) <= 0 && otherItems >= loc.maxDistinctItems) return 'too many items';
  return null;
}

/**
 * The candidate locations whose stock and incoming puts can decide a directive's answer: those with a
 * capacity some directive respects, a limit of distinct items, or any location a one-item-per-location
 * directive may choose. Every other location takes whatever is put there, so its occupancy is never read
 * (a warehouse's whole occupancy, read for every registration, grew with its stock and open work).
 */
export function locationsToWeigh(directives: readonly Directive[], candidates: readonly CandidateLocation[]): string[] {
  const capacity = directives.some((d) => d.respectCapacity);
  const oneItem = directives.filter((d) => d.oneItemPerLocation);
  return candidates
    .filter(
      (loc) =>
        (capacity && loc.maxQuantity !== null) ||
        loc.maxDistinctItems !== null ||
        oneItem.some((d) => loc.locationType === (d.locationType ?? 'storage') && (d.zoneId === null || d.zoneId === loc.zoneId)),
    )
    .map((loc) => loc.locationId);
}

/**
 * Tries the directives that apply in sequence; within one, candidate locations in sort order (sort
 * code, then id) and the first that satisfies its constraints wins; a directive whose locations are
 * all refused gives its fallback location, if it has one; otherwise the next directive is tried.
 */
export function choosePutLocation(directives: readonly Directive[], candidates: readonly CandidateLocation[], occupancy: Occupancy, request: PutRequest): PutDecision {
  const applicable = directives.filter((d) => directiveApplies(d, request)).sort((a, b) => a.sequence - b.sequence);
  if (applicable.length === 0) return { locationId: null, reason: 'no location directive applies' };
  const excluded = new Set(request.exclude ?? []);
  const ordered = [...candidates].sort((a, b) => (a.sortCode ?? Number.MAX_SAFE_INTEGER) - (b.sortCode ?? Number.MAX_SAFE_INTEGER) || a.locationId.localeCompare(b.locationId));
  for (const d of applicable) {
    const type = d.locationType ?? 'storage';
    for (const loc of ordered) {
      if (excluded.has(loc.locationId) || loc.locationType !== type) continue;
      if (d.zoneId !== null && loc.zoneId !== d.zoneId) continue;
      if (locationRefusal(d, loc, occupancy, request) === null) return { locationId: loc.locationId, directiveId: d.directiveId, fallback: false };
    }
    if (d.fallbackLocationId !== null) return { locationId: d.fallbackLocationId, directiveId: d.directiveId, fallback: true };
  }
  return { locationId: null, reason: 'no location satisfies the directives and none has a fallback location' };
}

/** Adds a planned put to the occupancy, so the next line of the same work sees it. */
export function occupy(occupancy: Map<string, Map<string, number>>, locationId: string, itemNumber: string, qty: number): void {
  const here = occupancy.get(locationId) ?? new Map<string, number>();
  here.set(itemNumber, (here.get(itemNumber) ?? 0) + qty);
  occupancy.set(locationId, here);
}
