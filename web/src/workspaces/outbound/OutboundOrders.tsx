import { useTranslation } from '../../i18n';
import { statusOptions, term } from '../../ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useOutboundDeliveryRemainder, useOutboundOrder, useOutboundOrderList, useOutboundShipmentsOfOrder, useReleaseOrder, useReleaseOrders, useReserveOrder } from '../../api/outbound-orders';
import type { ResponseOf } from '../../api/types';
import { Alert, Button, Card, DataTable, Fetched, FilterForm, KeyValues, ProblemAlert, StatusPill, formatDateTime, formatQuantity, useListState, type Column } from '../../ui';
import { DeliveryRemainder } from '../orders/DeliveryRemainder';
import { ReleaseOutcomes, useReleaseOptions } from './ReleaseOptions';
import { useMay } from '../../auth/roles';
import { useWarehouseOptions } from '../../api/warehouses';
import { BASE, RELEASE_STATUSES, SHIPMENT_STATUSES, link } from './shared';

type OrderRow = ResponseOf<'/api/v1/outbound-shipment-orders', 'get'>['items'][number];
type Order = ResponseOf<'/api/v1/outbound-shipment-orders/{orderNumber}', 'get'>;

const receiverOf = (parties: Record<string, unknown>) => (typeof parties.receiverName === 'string' ? parties.receiverName : null);

export function OutboundOrderList() {
  const { t } = useTranslation('outbound');
  const list = useListState('oo', ['q', 'shipFromWarehouseId', 'releaseStatus', 'shipmentStatus', 'status', 'requestedShipFrom', 'requestedShipBefore']);
  const warehouses = useWarehouseOptions();
  const mayPlan = useMay('planner', 'warehouse_manager');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const release = useReleaseOptions();
  const orders = useOutboundOrderList(list.query);
  const releaseSelected = useReleaseOrders({ onSuccess: () => setSelected(new Set()) });
  const toggle = (orderNumber: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(orderNumber);
      else next.delete(orderNumber);
      return next;
    });
  const columns: Column<OrderRow>[] = [
    ...(mayPlan
      ? [
          {
            header: t('oo_select'),
            cell: (o: OrderRow) => <input type="checkbox" aria-label={t('oo_selectOrder', { orderNumber: o.orderNumber })} checked={selected.has(o.orderNumber)} onChange={(e) => toggle(o.orderNumber, e.target.checked)} />,
          },
        ]
      : []),
    { header: t('oo_order'), cell: (o) => <Link to={link.order(o.orderNumber)}>{o.orderNumber}</Link>, sortKey: 'orderNumber' },
    { header: t('oo_sourceSystem'), cell: (o) => o.sourceSystemId, sortKey: 'sourceSystemId' },
    { header: t('oo_sourceOrder'), cell: (o) => o.sourceSystemOrderNumber, sortKey: 'sourceSystemOrderNumber' },
    { header: t('oo_receiver'), cell: (o) => receiverOf(o.parties) ?? '—' },
    { header: t('oo_warehouse'), cell: (o) => o.shipFromWarehouseId, sortKey: 'shipFromWarehouseId' },
    { header: t('oo_requested'), cell: (o) => formatDateTime(o.requestedShippingPeriodStart), sortKey: 'requestedShippingPeriodStart' },
    { header: t('oo_release'), cell: (o) => <StatusPill status={o.releaseStatus} />, sortKey: 'releaseStatus' },
    { header: t('oo_shipment'), cell: (o) => <StatusPill status={o.shipmentStatus} />, sortKey: 'shipmentStatus' },
    { header: t('oo_status'), cell: (o) => <StatusPill status={o.status} />, sortKey: 'status' },
    { header: t('oo_updated'), cell: (o) => formatDateTime(o.updatedAt), sortKey: 'updatedAt' },
  ];
  return (
    <>
      <Card title={t('oo_title')}>
        <FilterForm
          label={t('oo_filter')}
          prefix="oo"
          list={list}
          fields={[
            { name: 'q', label: t('oo_search'), hint: t('oo_searchHint') },
            { name: 'shipFromWarehouseId', label: t('oo_warehouse'), options: warehouses },
            { name: 'releaseStatus', label: t('oo_releaseStatus'), options: statusOptions(RELEASE_STATUSES) },
            { name: 'shipmentStatus', label: t('oo_shipmentStatus'), options: statusOptions(SHIPMENT_STATUSES) },
            { name: 'status', label: t('oo_status'), options: statusOptions(['Active', 'Canceled']) },
            { name: 'requestedShipFrom', label: t('oo_from'), hint: t('oo_fromHint') },
            { name: 'requestedShipBefore', label: t('oo_before'), hint: t('oo_beforeHint') },
          ]}
        />
        <DataTable caption={t('oo_title')} columns={columns} query={orders} rowKey={(o) => o.orderNumber} list={list} exportPath="/api/v1/outbound-shipment-orders" empty={t('oo_empty')} />
      </Card>
      {mayPlan && (
        <Card title={t('oo_releaseSelectedTitle')}>
          <p className="qs-muted">{selected.size === 0 ? t('oo_selectHint') : t('oo_selected', { count: selected.size, orders: [...selected].join(', ') })}</p>
          <div className="qs-row">
            {release.fields}
            <Button disabled={selected.size === 0} busy={releaseSelected.isPending} onClick={() => releaseSelected.mutate({ orderNumbers: [...selected], ...release.options })}>
              {t('oo_releaseSelected')}
            </Button>
          </div>
          <ProblemAlert error={releaseSelected.error} />
          {releaseSelected.data && <ReleaseOutcomes outcomes={releaseSelected.data.results} />}
        </Card>
      )}
    </>
  );
}

export function OutboundOrderDetail() {
  const { t } = useTranslation('outbound');
  const { orderNumber = '' } = useParams();
  const order = useOutboundOrder(orderNumber);
  return (
    <div className="qs-stack">
      <p>
        <Link to={`${BASE}/orders`}>← {t('oo_title')}</Link>
      </p>
      <Fetched query={order} what={t('oo_loadingOrder')}>
        {(o) => <OrderView order={o} />}
      </Fetched>
    </div>
  );
}

function OrderView({ order }: { order: Order }) {
  const { t } = useTranslation('outbound');
  const mayPlan = useMay('planner', 'warehouse_manager');
  const mayCloseLines = useMay('warehouse_manager');
  const parties = Object.entries(order.parties)
    .filter(([k]) => k.startsWith('receiver'))
    .map(([, v]) => String(v))
    .join(', ');
  return (
    <>
      <Card title={t('oo_orderTitle', { orderNumber: order.orderNumber })}>
        <KeyValues
          entries={[
            [t('oo_sourceSystem'), `${order.sourceSystemId} · ${order.sourceSystemOrderNumber}`],
            [t('oo_orderType'), term('orderType', order.orderType)],
            [t('oo_shipFrom'), order.shipFromWarehouseId],
            [t('oo_receiver'), parties || null],
            [t('oo_requested'), `${formatDateTime(order.requestedShippingPeriodStart)} – ${formatDateTime(order.requestedShippingPeriodEnd)}`],
            [t('oo_deliveryMode'), [order.deliveryModeCode, order.shippingCarrierId].filter(Boolean).join(' · ') || null],
            [t('oo_reservationAtImport'), order.reservationAtImportPolicy],
            [t('oo_releaseStatus'), <StatusPill key="r" status={order.releaseStatus} />],
            [t('oo_shipmentStatus'), <StatusPill key="s" status={order.shipmentStatus} />],
            [t('oo_status'), <StatusPill key="st" status={order.status} />],
            [t('oo_version'), order.version],
            [t('oo_updated'), formatDateTime(order.updatedAt)],
          ]}
        />
      </Card>
      <OrderShipments orderNumber={order.orderNumber} />
      <Card title={t('oo_lines')}>
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">{t('oo_linesOf', { orderNumber: order.orderNumber })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('oo_line')}</th>
                <th scope="col">{t('oo_item')}</th>
                <th scope="col">{t('oo_batch')}</th>
                <th scope="col">{t('oo_ownerStatus')}</th>
                <th scope="col" data-numeric>{t('oo_ordered')}</th>
                <th scope="col" data-numeric>{t('oo_released')}</th>
                <th scope="col" data-numeric>{t('oo_shipped')}</th>
                <th scope="col" data-numeric>{t('oo_remaining')}</th>
                <th scope="col">{t('oo_release')}</th>
                <th scope="col">{t('oo_shipment')}</th>
                <th scope="col">{t('oo_status')}</th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((l) => (
                <tr key={l.orderLineNumber}>
                  <td>{l.orderLineNumber}</td>
                  <td>
                    {l.itemNumber} <span className="qs-muted">({l.sourceSystemItemNumber})</span>
                    {l.itemDescription && <div className="qs-muted">{l.itemDescription}</div>}
                  </td>
                  <td>{l.itemBatchNumber ?? '—'}</td>
                  <td>
                    {l.inventoryOwnerId} / {l.inventoryStatusId}
                  </td>
                  <td data-numeric>
                    {formatQuantity(l.orderedQuantity, l.orderedUnitSymbol)}
                    {l.orderedUnitSymbol !== l.inventoryUnitSymbol && <div className="qs-muted">{formatQuantity(l.orderedInventoryQuantity, l.inventoryUnitSymbol)}</div>}
                  </td>
                  <td data-numeric>{formatQuantity(l.releasedQuantity, l.inventoryUnitSymbol)}</td>
                  <td data-numeric>{formatQuantity(l.shippedQuantity, l.inventoryUnitSymbol)}</td>
                  <td data-numeric>{formatQuantity(l.remainingQuantity, l.inventoryUnitSymbol)}</td>
                  <td>
                    <StatusPill status={l.releaseStatus} />
                  </td>
                  <td>
                    <StatusPill status={l.shipmentStatus} />
                  </td>
                  <td>
                    <StatusPill status={l.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      {mayPlan && order.status === 'Active' && <OrderActions order={order} />}
      {mayCloseLines && order.status === 'Active' && <OutboundRemainder order={order} />}
    </>
  );
}

function OutboundRemainder({ order }: { order: Order }) {
  const remainder = useOutboundDeliveryRemainder(order.orderNumber);
  const lines = order.lines
    .filter((l) => l.status === 'Active')
    .map((l) => ({ lineNumber: l.orderLineNumber, itemNumber: l.itemNumber, unit: l.orderedUnitSymbol, remaining: l.remainingQuantity, remainingUnit: l.inventoryUnitSymbol }));
  return <DeliveryRemainder direction="outbound" lines={lines} remainder={remainder} />;
}

/** Where the released lines went: shipments, their loads and waves, and the work of each. */
function OrderShipments({ orderNumber }: { orderNumber: string }) {
  const { t } = useTranslation('outbound');
  const shipments = useOutboundShipmentsOfOrder(orderNumber);
  if (shipments.data?.items.length === 0) return null;
  return (
    <Card title={t('oo_shipments')}>
      <Fetched query={shipments} what={t('oo_loadingShipments')}>
        {(page) => (
          <div className="qs-table-wrap">
            <table className="qs-table">
              <caption className="qs-visually-hidden">{t('oo_shipmentsOf', { orderNumber })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('oo_shipment')}</th>
                  <th scope="col">{t('oo_load')}</th>
                  <th scope="col">{t('oo_wave')}</th>
                  <th scope="col">{t('oo_status')}</th>
                  <th scope="col">{t('oo_work')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((s) => (
                  <tr key={s.shipmentId}>
                    <td>{s.shipmentId}</td>
                    <td>
                      <Link to={link.load(s.loadId)}>{s.loadId}</Link>
                    </td>
                    <td>{s.waveId ? <Link to={link.wave(s.waveId)}>{s.waveId}</Link> : '—'}</td>
                    <td>
                      <StatusPill status={s.status} />
                    </td>
                    <td>
                      <Link to={`${BASE}/work?wk.referenceId=${encodeURIComponent(s.shipmentId)}`}>{t('oo_workOf', { shipmentId: s.shipmentId })}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Fetched>
    </Card>
  );
}

function OrderActions({ order }: { order: Order }) {
  const { t } = useTranslation('outbound');
  // Reservation answers in the inventory unit, which the order line names.
  const unitOfLine = (lineNumber: number) => order.lines.find((l) => l.orderLineNumber === lineNumber)?.inventoryUnitSymbol;
  const release = useReleaseOptions();
  const reserve = useReserveOrder(order.orderNumber);
  const releaseOne = useReleaseOrder(order.orderNumber);
  return (
    <>
      <Card title={t('oo_reservation')}>
        <p className="qs-muted">{t('oo_reservationHint')}</p>
        <div>
          <Button variant="secondary" busy={reserve.isPending} onClick={() => reserve.mutate()}>
            {t('oo_reserve')}
          </Button>
        </div>
        <ProblemAlert error={reserve.error} />
        {reserve.data && (
          <div className="qs-table-wrap">
            <table className="qs-table">
              <caption className="qs-visually-hidden">{t('oo_reservationResult')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('oo_line')}</th>
                  <th scope="col">{t('oo_item')}</th>
                  <th scope="col" data-numeric>{t('oo_reserved')}</th>
                  <th scope="col" data-numeric>{t('oo_short')}</th>
                  <th scope="col">{t('oo_whyShort')}</th>
                </tr>
              </thead>
              <tbody>
                {reserve.data.lines.map((l) => (
                  <tr key={l.lineNumber}>
                    <td>{l.lineNumber}</td>
                    <td>{l.itemNumber}</td>
                    <td data-numeric>{formatQuantity(l.reservedQuantity, unitOfLine(l.lineNumber))}</td>
                    <td data-numeric>{formatQuantity(l.shortQuantity, unitOfLine(l.lineNumber))}</td>
                    <td>{l.reason ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title={t('oo_releaseToWarehouse')}>
        <div className="qs-row">
          {release.fields}
          <Button busy={releaseOne.isPending} onClick={() => releaseOne.mutate(release.options)}>
            {t('oo_releaseAction')}
          </Button>
        </div>
        <ProblemAlert error={releaseOne.error} />
        {releaseOne.data && (
          <>
            {releaseOne.data.released ? <Alert tone="ok">{t('oo_releasedOrder', { orderNumber: order.orderNumber })}</Alert> : <Alert tone="warn">{t('oo_notReleased', { reason: releaseOne.data.reason ?? releaseOne.data.error })}</Alert>}
            <ReleaseOutcomes outcomes={[releaseOne.data]} />
          </>
        )}
      </Card>
    </>
  );
}
