import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useOutboundOrder, useOutboundOrderList, useOutboundShipmentsOfOrder, useReleaseOrder, useReleaseOrders, useReserveOrder } from '../../api/outbound-orders';
import type { ResponseOf } from '../../api/types';
import { Alert, Button, Card, DataTable, Fetched, FilterForm, KeyValues, ProblemAlert, StatusPill, formatDateTime, formatQuantity, useListState, type Column } from '../../ui';
import { ReleaseOutcomes, useReleaseOptions } from './ReleaseOptions';
import { useMay } from '../../auth/roles';
import { useWarehouseOptions } from '../../api/warehouses';
import { BASE, RELEASE_STATUSES, SHIPMENT_STATUSES, link } from './shared';

type OrderRow = ResponseOf<'/api/v1/outbound-shipment-orders', 'get'>['items'][number];
type Order = ResponseOf<'/api/v1/outbound-shipment-orders/{orderNumber}', 'get'>;

const receiverOf = (parties: Record<string, unknown>) => (typeof parties.receiverName === 'string' ? parties.receiverName : null);

export function OutboundOrderList() {
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
            header: 'Select',
            cell: (o: OrderRow) => <input type="checkbox" aria-label={`Select ${o.orderNumber}`} checked={selected.has(o.orderNumber)} onChange={(e) => toggle(o.orderNumber, e.target.checked)} />,
          },
        ]
      : []),
    { header: 'Order', cell: (o) => <Link to={link.order(o.orderNumber)}>{o.orderNumber}</Link>, sortKey: 'orderNumber' },
    { header: 'Source system', cell: (o) => o.sourceSystemId, sortKey: 'sourceSystemId' },
    { header: 'Source order', cell: (o) => o.sourceSystemOrderNumber, sortKey: 'sourceSystemOrderNumber' },
    { header: 'Receiver', cell: (o) => receiverOf(o.parties) ?? '—' },
    { header: 'Warehouse', cell: (o) => o.shipFromWarehouseId, sortKey: 'shipFromWarehouseId' },
    { header: 'Requested shipping', cell: (o) => formatDateTime(o.requestedShippingPeriodStart), sortKey: 'requestedShippingPeriodStart' },
    { header: 'Release', cell: (o) => <StatusPill status={o.releaseStatus} />, sortKey: 'releaseStatus' },
    { header: 'Shipment', cell: (o) => <StatusPill status={o.shipmentStatus} />, sortKey: 'shipmentStatus' },
    { header: 'Status', cell: (o) => <StatusPill status={o.status} />, sortKey: 'status' },
    { header: 'Updated', cell: (o) => formatDateTime(o.updatedAt), sortKey: 'updatedAt' },
  ];
  return (
    <>
      <Card title="Outbound shipment orders">
        <FilterForm
          label="Filter outbound shipment orders"
          prefix="oo"
          list={list}
          fields={[
            { name: 'q', label: 'Search', hint: 'Order or source order number' },
            { name: 'shipFromWarehouseId', label: 'Warehouse', options: warehouses },
            { name: 'releaseStatus', label: 'Release status', options: RELEASE_STATUSES },
            { name: 'shipmentStatus', label: 'Shipment status', options: SHIPMENT_STATUSES },
            { name: 'status', label: 'Status', options: ['Active', 'Canceled'] },
            { name: 'requestedShipFrom', label: 'Requested ship from', hint: 'Date and time, e.g. 2026-01-05T00:00:00Z' },
            { name: 'requestedShipBefore', label: 'Requested ship before', hint: 'Date and time, e.g. 2026-01-06T00:00:00Z' },
          ]}
        />
        <DataTable caption="Outbound shipment orders" columns={columns} query={orders} rowKey={(o) => o.orderNumber} list={list} empty="No outbound shipment orders match." />
      </Card>
      {mayPlan && (
        <Card title="Release selected orders">
          <p className="qs-muted">{selected.size === 0 ? 'Select orders in the table to release them together.' : `${String(selected.size)} order(s) selected: ${[...selected].join(', ')}`}</p>
          <div className="qs-row">
            {release.fields}
            <Button disabled={selected.size === 0} busy={releaseSelected.isPending} onClick={() => releaseSelected.mutate({ orderNumbers: [...selected], ...release.options })}>
              Release selected
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
  const { orderNumber = '' } = useParams();
  const order = useOutboundOrder(orderNumber);
  return (
    <div className="qs-stack">
      <p>
        <Link to={`${BASE}/orders`}>← Outbound shipment orders</Link>
      </p>
      <Fetched query={order} what="Loading the order">
        {(o) => <OrderView order={o} />}
      </Fetched>
    </div>
  );
}

function OrderView({ order }: { order: Order }) {
  const mayPlan = useMay('planner', 'warehouse_manager');
  const parties = Object.entries(order.parties)
    .filter(([k]) => k.startsWith('receiver'))
    .map(([, v]) => String(v))
    .join(', ');
  return (
    <>
      <Card title={`Outbound shipment order ${order.orderNumber}`}>
        <KeyValues
          entries={[
            ['Source system', `${order.sourceSystemId} · ${order.sourceSystemOrderNumber}`],
            ['Order type', order.orderType],
            ['Ship from', order.shipFromWarehouseId],
            ['Receiver', parties || null],
            ['Requested shipping', `${formatDateTime(order.requestedShippingPeriodStart)} – ${formatDateTime(order.requestedShippingPeriodEnd)}`],
            ['Delivery mode / carrier', [order.deliveryModeCode, order.shippingCarrierId].filter(Boolean).join(' · ') || null],
            ['Reservation at import', order.reservationAtImportPolicy],
            ['Release status', <StatusPill key="r" status={order.releaseStatus} />],
            ['Shipment status', <StatusPill key="s" status={order.shipmentStatus} />],
            ['Status', <StatusPill key="st" status={order.status} />],
            ['Version', order.version],
            ['Updated', formatDateTime(order.updatedAt)],
          ]}
        />
      </Card>
      <OrderShipments orderNumber={order.orderNumber} />
      <Card title="Order lines">
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">Lines of {order.orderNumber}</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Item</th>
                <th scope="col">Batch</th>
                <th scope="col">Owner / status</th>
                <th scope="col" data-numeric>Ordered</th>
                <th scope="col" data-numeric>Released</th>
                <th scope="col" data-numeric>Shipped</th>
                <th scope="col" data-numeric>Remaining</th>
                <th scope="col">Release</th>
                <th scope="col">Shipment</th>
                <th scope="col">Status</th>
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
    </>
  );
}

/** Where the released lines went: shipments, their loads and waves, and the work of each. */
function OrderShipments({ orderNumber }: { orderNumber: string }) {
  const shipments = useOutboundShipmentsOfOrder(orderNumber);
  if (shipments.data?.items.length === 0) return null;
  return (
    <Card title="Shipments">
      <Fetched query={shipments} what="Loading the shipments">
        {(page) => (
          <div className="qs-table-wrap">
            <table className="qs-table">
              <caption className="qs-visually-hidden">Shipments of {orderNumber}</caption>
              <thead>
                <tr>
                  <th scope="col">Shipment</th>
                  <th scope="col">Load</th>
                  <th scope="col">Wave</th>
                  <th scope="col">Status</th>
                  <th scope="col">Work</th>
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
                      <Link to={`${BASE}/work?wk.referenceId=${encodeURIComponent(s.shipmentId)}`}>Work of {s.shipmentId}</Link>
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
  // Reservation answers in the inventory unit, which the order line names.
  const unitOfLine = (lineNumber: number) => order.lines.find((l) => l.orderLineNumber === lineNumber)?.inventoryUnitSymbol;
  const release = useReleaseOptions();
  const reserve = useReserveOrder(order.orderNumber);
  const releaseOne = useReleaseOrder(order.orderNumber);
  return (
    <>
      <Card title="Reservation">
        <p className="qs-muted">Reserves what the order still needs, respecting owner, inventory status, batch, serial and sellable days.</p>
        <div>
          <Button variant="secondary" busy={reserve.isPending} onClick={() => reserve.mutate()}>
            Reserve
          </Button>
        </div>
        <ProblemAlert error={reserve.error} />
        {reserve.data && (
          <div className="qs-table-wrap">
            <table className="qs-table">
              <caption className="qs-visually-hidden">Reservation result</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Item</th>
                  <th scope="col" data-numeric>Reserved</th>
                  <th scope="col" data-numeric>Short</th>
                  <th scope="col">Why short</th>
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
      <Card title="Release to the warehouse">
        <div className="qs-row">
          {release.fields}
          <Button busy={releaseOne.isPending} onClick={() => releaseOne.mutate(release.options)}>
            Release
          </Button>
        </div>
        <ProblemAlert error={releaseOne.error} />
        {releaseOne.data && (
          <>
            {releaseOne.data.released ? <Alert tone="ok">Released {order.orderNumber}.</Alert> : <Alert tone="warn">Not released: {releaseOne.data.reason ?? releaseOne.data.error}</Alert>}
            <ReleaseOutcomes outcomes={[releaseOne.data]} />
          </>
        )}
      </Card>
    </>
  );
}
