import { i18n, useTranslation } from '../../i18n';
import { InventoryStatusName } from '../../app/InventoryStatus';
import { Link } from 'react-router';
import { useLedger } from '../../api/inventory';
import type { ResponseOf } from '../../api/types';
import { type Column, DataTable, FilterForm, formatDateTime, formatQuantity, StatusPill, useListState } from '../../ui';
import { DIMENSION_FILTER_NAMES, dimensionFilters, toApiQuery } from './dimensions';

type LedgerRow = ResponseOf<'/api/v1/inventory/transactions', 'get'>['items'][number];

const filters = () => [...dimensionFilters(), { name: 'referenceType', label: i18n.t('onHand:lh_causedByType') }, { name: 'referenceId', label: i18n.t('onHand:lh_causedById') }];
const FILTER_NAMES = [...DIMENSION_FILTER_NAMES, 'referenceType', 'referenceId'];

/** All ledger rows of one document (both halves of a move, every line of a journal). */
function causeHref(r: LedgerRow): string {
  const params = new URLSearchParams({ 'ledger.referenceType': r.referenceType, 'ledger.referenceId': r.referenceId });
  return `/workspaces/on-hand/ledger?${params.toString()}`;
}

/** The ledger, newest first: each physical change of stock, what caused it and where it stands. */
export function LedgerHistory() {
  const { t } = useTranslation('onHand');
  const list = useListState('ledger', FILTER_NAMES);
  const query = useLedger(toApiQuery(list.query));
  const columns: Column<LedgerRow>[] = [
    { header: t('lh_when'), sortKey: 'createdAt', cell: (r) => formatDateTime(r.createdAt) },
    {
      header: t('lh_causedBy'),
      sortKey: 'referenceType',
      cell: (r) => (
        <Link to={causeHref(r)} aria-label={t('lh_causeLabel', { reference: `${r.referenceType} ${r.referenceId}` })}>
          {r.referenceType} <strong>{r.referenceId}</strong>
        </Link>
      ),
    },
    { header: t('lh_change'), sortKey: 'kind', cell: (r) => t(`lh_kind.${r.kind}` as never, { defaultValue: r.kind }) },
    { header: t('lh_quantity'), sortKey: 'quantity', numeric: true, cell: (r) => `${r.quantity > 0 ? '+' : ''}${formatQuantity(r.quantity, r.inventoryUnitSymbol)}` },
    { header: t('lh_ledgerStatus'), sortKey: 'status', cell: (r) => <StatusPill status={r.status} /> },
    { header: t('lh_item'), sortKey: 'itemNumber', cell: (r) => r.itemNumber },
    { header: t('lh_where'), sortKey: 'locationId', cell: (r) => [r.warehouseId, r.locationId, r.licensePlateId].filter(Boolean).join(' / ') },
    { header: t('lh_owner'), sortKey: 'ownerId', cell: (r) => r.ownerId },
    { header: t('lh_inventoryStatus'), sortKey: 'inventoryStatusId', cell: (r) => <InventoryStatusName id={r.inventoryStatusId} /> },
    { header: t('lh_batchSerial'), cell: (r) => [r.batchNumber, r.serialNumber].filter(Boolean).join(' / ') || '—' },
    { header: t('lh_sourceSystem'), cell: (r) => r.sourceSystemId ?? '—' },
    { header: t('lh_finalized'), sortKey: 'finalizedAt', cell: (r) => formatDateTime(r.finalizedAt) },
  ];
  return (
    <div className="qs-stack">
      <FilterForm label={t('lh_filter')} prefix="ledger" list={list} fields={filters()} />
      <DataTable caption={t('lh_caption')} columns={columns} query={query} rowKey={(r) => r.id} list={list} exportPath="/api/v1/inventory/transactions" exportQuery={toApiQuery(list.query)} empty={t('lh_empty')} />
    </div>
  );
}
