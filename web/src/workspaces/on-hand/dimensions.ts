import type { FilterDef } from '../../ui';

/**
 * The URL's word for "stock without one" (no location, license plate or batch). The API stores a missing
 * dimension as an empty string and filters on `licensePlateId=`; an empty filter in the address bar would
 * mean "any", so the address bar needs its own word for "none".
 */
export const NONE = '(none)';

const NONE_HINT = `${NONE} for stock without one`;

export const DIMENSION_FILTERS: readonly FilterDef[] = [
  { name: 'itemNumber', label: 'Item' },
  { name: 'warehouseId', label: 'Warehouse' },
  { name: 'locationId', label: 'Location', hint: NONE_HINT },
  { name: 'licensePlateId', label: 'License plate', hint: NONE_HINT },
  { name: 'ownerId', label: 'Owner' },
  { name: 'inventoryStatusId', label: 'Inventory status' },
  { name: 'batchNumber', label: 'Batch', hint: NONE_HINT },
];

export const DIMENSION_FILTER_NAMES = DIMENSION_FILTERS.map((f) => f.name);

/** A list's query with the "none" word turned into the API's empty filter. */
export function toApiQuery(query: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v === NONE ? '' : v]));
}

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
export function ledgerHref(base: string, d: StockDimensions): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(ledgerFilters(d))) params.set(`ledger.${k}`, v);
  return `${base}?${params.toString()}`;
}

/** "ITEM-1 in WH1 / A-01 / LP-1, owner OWN-A, AV" for labels and headings. */
export function describeDimensions(d: StockDimensions): string {
  const place = [d.warehouseId, d.locationId, d.licensePlateId].filter(Boolean).join(' / ');
  const batch = d.batchNumber ? `, batch ${d.batchNumber}` : '';
  const serial = d.serialNumber ? `, serial ${d.serialNumber}` : '';
  return `${d.itemNumber} in ${place}, owner ${d.ownerId}, ${d.inventoryStatusId}${batch}${serial}`;
}

export const dimensionKey = (d: StockDimensions) =>
  [d.itemNumber, d.warehouseId, d.locationId, d.licensePlateId, d.ownerId, d.inventoryStatusId, d.batchNumber, d.serialNumber].map((v) => v ?? '').join('|');

/** The on-hand inquiry filtered to some dimensions, e.g. one item in one warehouse. */
export function onHandHref(filters: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(`onhand.${k}`, v);
  return `/workspaces/on-hand?${params.toString()}`;
}
