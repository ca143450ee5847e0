/**
 * Addresses of the on-hand inquiry and its ledger history, which other workspaces link to. They live here
 * so that no workspace imports from another.
 */

/**
 * The URL's word for "stock without one" (no location, license plate or batch). The API stores a missing
 * dimension as an empty string and filters on `licensePlateId=`; an empty filter in the address bar would
 * mean "any", so the address bar needs its own word for "none".
 */
export const NONE = '(none)';

export const ON_HAND_PATH = '/workspaces/on-hand';
/** The stock table itself; the workspace opens on its overview. */
export const STOCK_PATH = '/workspaces/on-hand/stock';
export const LEDGER_PATH = '/workspaces/on-hand/ledger';

export interface StockDimensions {
  itemNumber: string;
  warehouseId: string;
  locationId: string | null;
  licensePlateId: string | null;
  ownerId: string;
  inventoryStatusId: string;
  batchNumber: string | null;
  serialNumber?: string | null;
}

/** The ledger filters that select exactly this combination's rows (bar the serial number, which the API cannot filter). */
export function ledgerFilters(d: StockDimensions): Record<string, string> {
  return {
    itemNumber: d.itemNumber,
    warehouseId: d.warehouseId,
    locationId: d.locationId ?? NONE,
    licensePlateId: d.licensePlateId ?? NONE,
    ownerId: d.ownerId,
    inventoryStatusId: d.inventoryStatusId,
    batchNumber: d.batchNumber ?? NONE,
  };
}

/** The address of the ledger history of one combination, in the ledger table's own list state. */
export function ledgerHref(d: StockDimensions): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(ledgerFilters(d))) params.set(`ledger.${k}`, v);
  return `${LEDGER_PATH}?${params.toString()}`;
}

/** The on-hand inquiry filtered to some dimensions, e.g. one item in one warehouse. */
export function onHandHref(filters: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(`onhand.${k}`, v);
  return `${STOCK_PATH}?${params.toString()}`;
}
