import { i18n } from '../../i18n';
import { NONE, type StockDimensions } from '../../app/stock-links';
import type { FilterDef } from '../../ui';

const noneHint = () => i18n.t('onHand:noneHint', { none: NONE });

/** The filters in the user's language (read when a screen renders). */
export const dimensionFilters = (): FilterDef[] => [
  { name: 'itemNumber', label: i18n.t('onHand:dim_item') },
  { name: 'warehouseId', label: i18n.t('onHand:dim_warehouse') },
  { name: 'locationId', label: i18n.t('onHand:dim_location'), hint: noneHint() },
  { name: 'licensePlateId', label: i18n.t('onHand:dim_licensePlate'), hint: noneHint() },
  { name: 'ownerId', label: i18n.t('onHand:dim_owner') },
  { name: 'inventoryStatusId', label: i18n.t('onHand:dim_inventoryStatus') },
  { name: 'batchNumber', label: i18n.t('onHand:dim_batch'), hint: noneHint() },
];

export const DIMENSION_FILTER_NAMES = ['itemNumber', 'warehouseId', 'locationId', 'licensePlateId', 'ownerId', 'inventoryStatusId', 'batchNumber'];

/** A list's query with the "none" word turned into the API's empty filter. */
export function toApiQuery(query: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v === NONE ? '' : v]));
}

/** "ITEM-1 in WH1 / A-01 / LP-1, owner OWN-A, AV" for labels and headings. */
export function describeDimensions(d: StockDimensions): string {
  const place = [d.warehouseId, d.locationId, d.licensePlateId].filter(Boolean).join(' / ');
  const batch = d.batchNumber ? i18n.t('onHand:describeBatch', { batch: d.batchNumber }) : '';
  const serial = d.serialNumber ? i18n.t('onHand:describeSerial', { serial: d.serialNumber }) : '';
  return i18n.t('onHand:describe', { item: d.itemNumber, place, owner: d.ownerId, status: d.inventoryStatusId, batch, serial });
}

export const dimensionKey = (d: StockDimensions) =>
  [d.itemNumber, d.warehouseId, d.locationId, d.licensePlateId, d.ownerId, d.inventoryStatusId, d.batchNumber, d.serialNumber].map((v) => v ?? '').join('|');
