import { i18n, useTranslation } from '../../i18n';
import { statusOptions } from '../../ui';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useShipmentReceipt, useShipmentReceiptList } from '../../api/inbound-loads';
import type { ResponseOf } from '../../api/types';
import { Button, Card, DataTable, Fetched, FilterForm, KeyValues, StatusPill, formatDateTime, formatQuantity, useListState, type Column } from '../../ui';
import { POSTING_STATUSES } from './shared';

type Receipt = ResponseOf<'/api/v1/shipment-receipts/{shipmentReceiptVersionNumber}', 'get'>;
type ReceiptRow = ResponseOf<'/api/v1/shipment-receipts', 'get'>['items'][number];

const PAGE = 25;

/**
 * The shipment receipt list is the ERP's incremental feed (a cursor, oldest change first), so it pages
 * forward with the cursor the server hands out instead of by offset.
 */
export function ShipmentReceiptList() {
  const { t } = useTranslation('inbound');
  const list = useListState('sr', ['loadId', 'shipmentReceiptNumber', 'postingStatus', 'sourceSystemId']);
  const filterKey = JSON.stringify(list.filters);
  // The cursor belongs to the filters it was handed out for; new filters start from the first page.
  const [cursor, setCursor] = useState<{ filterKey: string; after: string } | undefined>();
  const after = cursor?.filterKey === filterKey ? cursor.after : undefined;
  const navigate = useNavigate();
  const receipts = useShipmentReceiptList({ ...list.filters, limit: PAGE, ...(after ? { after } : {}) });
  const page = receipts.data ? { items: receipts.data.items, total: receipts.data.items.length, limit: PAGE, offset: 0 } : undefined;
  const goTo = (next: string | null | undefined) => setCursor(next ? { filterKey, after: next } : undefined);
  const columns: Column<ReceiptRow>[] = [
    { header: t('sr_version'), cell: (r) => r.shipmentReceiptVersionNumber },
    { header: t('sr_load'), cell: (r) => r.loadId },
    { header: t('sr_order'), cell: (r) => r.inboundShipmentOrderNumber },
    { header: t('sr_sourceOrder'), cell: (r) => r.sourceSystemOrderNumber },
    { header: t('sr_warehouse'), cell: (r) => r.receivingWarehouseId },
    { header: t('sr_date'), cell: (r) => formatDateTime(r.receiptDate) },
    { header: t('sr_active'), cell: (r) => (r.isActive ? i18n.t('terms:yes') : i18n.t('terms:no')) },
    { header: t('sr_posting'), cell: (r) => <StatusPill status={r.postingStatus} /> },
    { header: t('sr_changed'), cell: (r) => formatDateTime(r.updatedAt) },
  ];
  return (
    <Card title={t('sr_title')}>
      <FilterForm
        label={t('sr_filter')}
        prefix="sr"
        list={list}
        fields={[
          { name: 'loadId', label: t('sr_load') },
          { name: 'shipmentReceiptNumber', label: t('sr_number') },
          { name: 'sourceSystemId', label: t('sr_sourceSystem') },
          { name: 'postingStatus', label: t('sr_postingStatus'), options: statusOptions(POSTING_STATUSES) },
        ]}
      />
      <p className="qs-muted">{t('sr_oldest')}</p>
      <DataTable
        caption={t('sr_title')}
        columns={columns}
        query={{ ...receipts, data: page }}
        rowKey={(r) => r.shipmentReceiptVersionNumber}
        empty={t('sr_empty')}
        onSelect={(r) => void navigate(`/workspaces/inbound/receipts/${encodeURIComponent(r.shipmentReceiptVersionNumber)}`)}
      />
      <div className="qs-row">
        <Button variant="secondary" disabled={!after} onClick={() => goTo(undefined)}>
          {t('sr_first')}
        </Button>
        <Button variant="secondary" disabled={!receipts.data || receipts.data.items.length < PAGE} onClick={() => goTo(receipts.data?.nextCursor)}>
          {t('sr_next')}
        </Button>
      </div>
    </Card>
  );
}

export function ShipmentReceiptDetail() {
  const { versionNumber = '' } = useParams();
  const receipt = useShipmentReceipt(versionNumber);
  return (
    <div className="qs-stack">
      <p>
        <Link to="/workspaces/inbound/receipts">← Shipment receipts</Link>
      </p>
      <Fetched query={receipt} what="Loading the shipment receipt">
        {(r) => <ReceiptView receipt={r} />}
      </Fetched>
    </div>
  );
}

function ReceiptView({ receipt: r }: { receipt: Receipt }) {
  const { t } = useTranslation('inbound');
  return (
    <>
      <Card title={`Shipment receipt ${r.shipmentReceiptVersionNumber}`}>
        <KeyValues
          entries={[
            [t('sr_postingStatus'), <StatusPill key="p" status={r.postingStatus} />],
            ['Active version', r.isActive ? 'Yes' : 'No'],
            [t('sr_load'), <Link key="l" to={`/workspaces/inbound/loads/${encodeURIComponent(r.loadId)}`}>{r.loadId}</Link>],
            [t('sr_order'), <Link key="o" to={`/workspaces/inbound/orders/${encodeURIComponent(r.inboundShipmentOrderNumber)}`}>{r.inboundShipmentOrderNumber}</Link>],
            [t('sr_sourceSystem'), `${r.sourceSystemId} · ${r.sourceSystemOrderNumber}${r.sourceSystemOrderType ? ` (${r.sourceSystemOrderType})` : ''}`],
            [t('sr_warehouse'), r.receivingWarehouseId],
            [t('sr_date'), formatDateTime(r.receiptDate)],
            ['Packing slip', r.receivingCompletedPackingSlipId],
            ['Posted', formatDateTime(r.postedAt)],
            ['Posting attempts', r.postingAttempts],
            ['Last posting error', r.lastPostingError],
          ]}
        />
      </Card>
      <Card title="Receipt lines">
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">Lines of {r.shipmentReceiptVersionNumber}</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Item</th>
                <th scope="col" data-numeric>Ordered</th>
                <th scope="col" data-numeric>Received</th>
                <th scope="col" data-numeric>Remaining</th>
                <th scope="col" data-numeric>Received (handling)</th>
              </tr>
            </thead>
            <tbody>
              {r.lines.map((l) => (
                <tr key={l.inventoryLotId}>
                  <td>{l.orderLineNumber}</td>
                  <td>
                    {l.itemNumber} <span className="qs-muted">({l.sourceSystemItemNumber})</span>
                  </td>
                  <td data-numeric>{formatQuantity(l.orderedQuantity, l.orderedUnitSymbol)}</td>
                  <td data-numeric>{formatQuantity(l.receivedQuantity, l.orderedUnitSymbol)}</td>
                  <td data-numeric>{formatQuantity(l.remainingQuantity, l.orderedUnitSymbol)}</td>
                  <td data-numeric>{formatQuantity(l.receivedHandlingQuantity, l.handlingUnitSymbol)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title="Transaction dimensions">
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">Transaction dimensions of {r.shipmentReceiptVersionNumber}</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Site / warehouse</th>
                <th scope="col">License plate</th>
                <th scope="col">Batch</th>
                <th scope="col">Serial</th>
                <th scope="col">Owner</th>
                <th scope="col">Status</th>
                <th scope="col" data-numeric>Quantity</th>
              </tr>
            </thead>
            <tbody>
              {r.transactionDimensions.map((d, i) => (
                <tr key={`${String(d.inventoryLotId)}-${String(i)}`}>
                  <td>{d.sourceSystemItemNumber}</td>
                  <td>
                    {d.receivingSiteId} / {d.receivingWarehouseId}
                  </td>
                  <td>{d.licensePlateNumber ?? '—'}</td>
                  <td>{d.itemBatchNumber ?? '—'}</td>
                  <td>{d.itemSerialNumber ?? '—'}</td>
                  <td>
                    {d.inventoryOwnerId}
                    {d.sourceSystemInventoryOwnerId && <span className="qs-muted"> ({d.sourceSystemInventoryOwnerId})</span>}
                  </td>
                  <td>{d.orderedInventoryStatusId}</td>
                  <td data-numeric>{formatQuantity(d.handlingQuantity, d.handlingUnitSymbol)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
