import { Link } from 'react-router';
import { useLedger } from '../../api/inventory';
import type { ResponseOf } from '../../api/types';
import { type Column, DataTable, FilterForm, formatDateTime, formatQuantity, StatusPill, useListState } from '../../ui';
import { DIMENSION_FILTER_NAMES, DIMENSION_FILTERS, toApiQuery } from './dimensions';

type LedgerRow = ResponseOf<'/api/v1/inventory/transactions', 'get'>['items'][number];

const FILTERS = [...DIMENSION_FILTERS, { name: 'referenceType', label: 'Caused by (type)' }, { name: 'referenceId', label: 'Caused by (id)' }];
const FILTER_NAMES = [...DIMENSION_FILTER_NAMES, 'referenceType', 'referenceId'];

/** All ledger rows of one document (both halves of a move, every line of a journal). */
function causeHref(r: LedgerRow): string {
  const params = new URLSearchParams({ 'ledger.referenceType': r.referenceType, 'ledger.referenceId': r.referenceId });
  return `/workspaces/on-hand/ledger?${params.toString()}`;
}

/** The ledger, newest first: each physical change of stock, what caused it and where it stands. */
export function LedgerHistory() {
  const list = useListState('ledger', FILTER_NAMES);
  const query = useLedger(toApiQuery(list.query));
  const columns: Column<LedgerRow>[] = [
    { header: 'When', sortKey: 'createdAt', cell: (r) => formatDateTime(r.createdAt) },
    {
      header: 'Caused by',
      sortKey: 'referenceType',
      cell: (r) => (
        <Link to={causeHref(r)} aria-label={`${r.referenceType} ${r.referenceId}: every ledger row it caused`}>
          {r.referenceType} <strong>{r.referenceId}</strong>
        </Link>
      ),
    },
    { header: 'Change', sortKey: 'kind', cell: (r) => r.kind },
    { header: 'Quantity', sortKey: 'quantity', numeric: true, cell: (r) => `${r.quantity > 0 ? '+' : ''}${formatQuantity(r.quantity, r.inventoryUnitSymbol)}` },
    { header: 'Ledger status', sortKey: 'status', cell: (r) => <StatusPill status={r.status} /> },
    { header: 'Item', sortKey: 'itemNumber', cell: (r) => r.itemNumber },
    { header: 'Where', sortKey: 'locationId', cell: (r) => [r.warehouseId, r.locationId, r.licensePlateId].filter(Boolean).join(' / ') },
    { header: 'Owner', sortKey: 'ownerId', cell: (r) => r.ownerId },
    { header: 'Inventory status', sortKey: 'inventoryStatusId', cell: (r) => r.inventoryStatusId },
    { header: 'Batch / serial', cell: (r) => [r.batchNumber, r.serialNumber].filter(Boolean).join(' / ') || '—' },
    { header: 'Source system', cell: (r) => r.sourceSystemId ?? '—' },
    { header: 'Finalized', sortKey: 'finalizedAt', cell: (r) => formatDateTime(r.finalizedAt) },
  ];
  return (
    <div className="qs-stack">
      <FilterForm label="Filter the ledger" prefix="ledger" list={list} fields={FILTERS} />
      <DataTable caption="Ledger history, newest first" columns={columns} query={query} rowKey={(r) => r.id} list={list} empty="No ledger rows match these filters." />
    </div>
  );
}
