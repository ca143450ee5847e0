import { useTranslation } from '../../i18n';
import { InventoryStatusName } from '../../app/InventoryStatus';
import { Link } from 'react-router';
import { useOnHand } from '../../api/inventory';
import type { ResponseOf } from '../../api/types';
import { type Column, DataTable, FilterForm, formatQuantity, useListState } from '../../ui';
import { DIMENSION_FILTER_NAMES, dimensionFilters, describeDimensions, dimensionKey, toApiQuery } from './dimensions';
import { ledgerHref } from '../../app/stock-links';

type OnHandRow = ResponseOf<'/api/v1/inventory/on-hand', 'get'>['items'][number];

/** Stock per dimension combination; every figure opens the ledger rows that make it up. */
export function OnHandList() {
  const { t } = useTranslation('onHand');
  const list = useListState('onhand', DIMENSION_FILTER_NAMES);
  const query = useOnHand(toApiQuery(list.query));

  const figure = (row: OnHandRow, label: string, value: number) => (
    <Link to={ledgerHref(row)} aria-label={t('ol_figureLabel', { label, quantity: formatQuantity(value, row.inventoryUnitSymbol), of: describeDimensions(row) })}>
      {formatQuantity(value, row.inventoryUnitSymbol)}
    </Link>
  );

  const columns: Column<OnHandRow>[] = [
    { header: t('ol_item'), sortKey: 'itemNumber', cell: (r) => r.itemNumber },
    { header: t('ol_warehouse'), sortKey: 'warehouseId', cell: (r) => r.warehouseId },
    { header: t('ol_location'), sortKey: 'locationId', cell: (r) => r.locationId ?? '—' },
    { header: t('ol_licensePlate'), sortKey: 'licensePlateId', cell: (r) => r.licensePlateId ?? '—' },
    { header: t('ol_owner'), sortKey: 'ownerId', cell: (r) => r.ownerId },
    { header: t('ol_status'), sortKey: 'inventoryStatusId', cell: (r) => <InventoryStatusName id={r.inventoryStatusId} /> },
    { header: t('ol_batch'), sortKey: 'batchNumber', cell: (r) => r.batchNumber ?? '—' },
    { header: t('ol_serial'), sortKey: 'serialNumber', cell: (r) => r.serialNumber ?? '—' },
    { header: t('ol_physical'), sortKey: 'physicalQuantity', numeric: true, cell: (r) => figure(r, t('ol_physical'), r.physicalQuantity) },
    { header: t('ol_reserved'), sortKey: 'reservedQuantity', numeric: true, cell: (r) => figure(r, t('ol_reserved'), r.reservedQuantity) },
    { header: t('ol_available'), numeric: true, cell: (r) => figure(r, t('ol_available'), r.availableQuantity) },
  ];

  return (
    <div className="qs-stack">
      <FilterForm label={t('ol_filter')} prefix="onhand" list={list} fields={dimensionFilters()} />
      <DataTable caption={t('ol_caption')} columns={columns} query={query} rowKey={dimensionKey} list={list} exportPath="/api/v1/inventory/on-hand" exportQuery={toApiQuery(list.query)} empty={t('ol_empty')} />
      <p className="qs-muted">{t('ol_selectFigure')}</p>
    </div>
  );
}
