import { Link } from 'react-router';
import { useOnHand } from '../../api/inventory';
import type { ResponseOf } from '../../api/types';
import { type Column, DataTable, FilterForm, formatQuantity, useListState } from '../../ui';
import { DIMENSION_FILTER_NAMES, DIMENSION_FILTERS, describeDimensions, dimensionKey, toApiQuery } from './dimensions';
import { ledgerHref } from '../../app/stock-links';

type OnHandRow = ResponseOf<'/api/v1/inventory/on-hand', 'get'>['items'][number];

/** Stock per dimension combination; every figure opens the ledger rows that make it up. */
export function OnHandList() {
  const list = useListState('onhand', DIMENSION_FILTER_NAMES);
  const query = useOnHand(toApiQuery(list.query));

  const figure = (row: OnHandRow, label: string, value: number) => (
    <Link to={ledgerHref(row)} aria-label={`${label} ${formatQuantity(value, row.inventoryUnitSymbol)} of ${describeDimensions(row)}: ledger history`}>
      {formatQuantity(value, row.inventoryUnitSymbol)}
    </Link>
  );

  const columns: Column<OnHandRow>[] = [
    { header: 'Item', sortKey: 'itemNumber', cell: (r) => r.itemNumber },
    { header: 'Warehouse', sortKey: 'warehouseId', cell: (r) => r.warehouseId },
    { header: 'Location', sortKey: 'locationId', cell: (r) => r.locationId ?? '—' },
    { header: 'License plate', sortKey: 'licensePlateId', cell: (r) => r.licensePlateId ?? '—' },
    { header: 'Owner', sortKey: 'ownerId', cell: (r) => r.ownerId },
    { header: 'Status', sortKey: 'inventoryStatusId', cell: (r) => r.inventoryStatusId },
    { header: 'Batch', sortKey: 'batchNumber', cell: (r) => r.batchNumber ?? '—' },
    { header: 'Serial', sortKey: 'serialNumber', cell: (r) => r.serialNumber ?? '—' },
    { header: 'Physical', sortKey: 'physicalQuantity', numeric: true, cell: (r) => figure(r, 'Physical', r.physicalQuantity) },
    { header: 'Reserved', sortKey: 'reservedQuantity', numeric: true, cell: (r) => figure(r, 'Reserved', r.reservedQuantity) },
    { header: 'Available', numeric: true, cell: (r) => figure(r, 'Available', r.availableQuantity) },
  ];

  return (
    <div className="qs-stack">
      <FilterForm label="Filter on-hand" prefix="onhand" list={list} fields={DIMENSION_FILTERS} />
      <DataTable caption="On-hand stock" columns={columns} query={query} rowKey={dimensionKey} list={list} empty="No stock matches these filters." />
      <p className="qs-muted">Select a figure to see the ledger history behind it. Reserved stock stays on the shelf, so its history is the physical history of the same stock.</p>
    </div>
  );
}
