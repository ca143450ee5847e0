import { NONE, type StockDimensions } from '../../app/stock-links';
import type { FilterDef } from '../../ui';

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

/** "ITEM-1 in WH1 / A-01 / LP-1, owner OWN-A, AV" for labels and headings. */
export function describeDimensions(d: StockDimensions): string {
  const place = [d.warehouseId, d.locationId, d.licensePlateId].filter(Boolean).join(' / ');
  const batch = d.batchNumber ? `, batch ${d.batchNumber}` : '';
  const serial = d.serialNumber ? `, serial ${d.serialNumber}` : '';
  return `${d.itemNumber} in ${place}, owner ${d.ownerId}, ${d.inventoryStatusId}${batch}${serial}`;
}

export const dimensionKey = (d: StockDimensions) =>
  [d.itemNumber, d.warehouseId, d.locationId, d.licensePlateId, d.ownerId, d.inventoryStatusId, d.batchNumber, d.serialNumber].map((v) => v ?? '').join('|');
