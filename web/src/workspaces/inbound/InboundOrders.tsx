import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useAddLinesToInboundLoad, useCreateInboundLoad, useInboundLoadList } from '../../api/inbound-loads';
import { useInboundOrder, useInboundOrderList } from '../../api/inbound-orders';
import type { ResponseOf } from '../../api/types';
import { Alert, Button, Card, DataTable, Fetched, FilterForm, KeyValues, ProblemAlert, SelectField, StatusPill, TextField, formatDateTime, formatQuantity, useListState, type Column } from '../../ui';
import { useMay } from '../../auth/roles';
import { useWarehouseOptions } from '../../api/warehouses';
import { RECEIVING_STATUSES } from './shared';

type OrderRow = ResponseOf<'/api/v1/inbound-shipment-orders', 'get'>['items'][number];
type Order = ResponseOf<'/api/v1/inbound-shipment-orders/{orderNumber}', 'get'>;
type OrderLine = Order['lines'][number];

export function InboundOrderList() {
  const list = useListState('io', ['q', 'receivingWarehouseId', 'status', 'receivingStatus', 'plannedReceiptFrom', 'plannedReceiptBefore']);
  const warehouses = useWarehouseOptions();
  const navigate = useNavigate();
  const orders = useInboundOrderList(list.query);
  const columns: Column<OrderRow>[] = [
    { header: 'Order', cell: (o) => o.orderNumber, sortKey: 'orderNumber' },
    { header: 'Source system', cell: (o) => o.sourceSystemId, sortKey: 'sourceSystemId' },
    { header: 'Source order', cell: (o) => o.sourceSystemOrderNumber, sortKey: 'sourceSystemOrderNumber' },
    { header: 'Type', cell: (o) => o.orderType ?? '—', sortKey: 'orderType' },
    { header: 'Warehouse', cell: (o) => o.receivingWarehouseId, sortKey: 'receivingWarehouseId' },
    { header: 'Planned receipt', cell: (o) => formatDateTime(o.plannedReceiptPeriodStart), sortKey: 'plannedReceiptPeriodStart' },
    { header: 'Receiving', cell: (o) => <StatusPill status={o.receivingStatus} />, sortKey: 'receivingStatus' },
    { header: 'Status', cell: (o) => <StatusPill status={o.status} />, sortKey: 'status' },
    { header: 'Updated', cell: (o) => formatDateTime(o.updatedAt), sortKey: 'updatedAt' },
  ];
  return (
    <Card title="Inbound shipment orders">
      <FilterForm
        label="Filter inbound shipment orders"
        prefix="io"
        list={list}
        fields={[
          { name: 'q', label: 'Search', hint: 'Order or source order number' },
          { name: 'receivingWarehouseId', label: 'Warehouse', options: warehouses },
          { name: 'receivingStatus', label: 'Receiving status', options: RECEIVING_STATUSES },
          { name: 'status', label: 'Status', options: ['Active', 'Canceled'] },
          { name: 'plannedReceiptFrom', label: 'Planned receipt from', hint: 'Date and time, e.g. 2026-01-05T00:00:00Z' },
          { name: 'plannedReceiptBefore', label: 'Planned receipt before', hint: 'Date and time, e.g. 2026-01-06T00:00:00Z' },
        ]}
      />
      <DataTable
        caption="Inbound shipment orders"
        columns={columns}
        query={orders}
        rowKey={(o) => o.orderNumber}
        list={list}
        empty="No inbound shipment orders match."
        onSelect={(o) => void navigate(`/workspaces/inbound/orders/${encodeURIComponent(o.orderNumber)}`)}
      />
    </Card>
  );
}

const lineKey = (l: OrderLine) => String(l.orderLineNumber);

export function InboundOrderDetail() {
  const { orderNumber = '' } = useParams();
  const order = useInboundOrder(orderNumber);
  return (
    <div className="qs-stack">
      <p>
        <Link to="/workspaces/inbound/orders">← Inbound shipment orders</Link>
      </p>
      <Fetched query={order} what="Loading the order">
        {(o) => <OrderView order={o} />}
      </Fetched>
    </div>
  );
}

function OrderView({ order }: { order: Order }) {
  const mayPlan = useMay('planner', 'warehouse_manager');
  const [selected, setSelected] = useState<Record<string, string>>({});
  const toggle = (line: OrderLine, on: boolean) =>
    setSelected((current) => {
      const next = { ...current };
      if (on) next[lineKey(line)] = '';
      else delete next[lineKey(line)];
      return next;
    });
  const chosen = order.lines.filter((l) => lineKey(l) in selected);
  const plannedLines = chosen.map((l) => {
    const quantity = selected[lineKey(l)];
    return { orderNumber: order.orderNumber, orderLineNumber: l.orderLineNumber, ...(quantity ? { quantity: Number(quantity) } : {}) };
  });
  return (
    <>
      <Card title={`Inbound shipment order ${order.orderNumber}`}>
        <KeyValues
          entries={[
            ['Source system', order.sourceSystemId],
            ['Source order number', order.sourceSystemOrderNumber],
            ['Order type', order.orderType],
            ['Shipment type', order.shipmentType],
            ['Receiving warehouse', order.receivingWarehouseId],
            ['Planned receipt', order.plannedReceiptPeriodStart || order.plannedReceiptPeriodEnd ? `${formatDateTime(order.plannedReceiptPeriodStart)} – ${formatDateTime(order.plannedReceiptPeriodEnd)}` : null],
            ['Consigner', typeof order.parties.consignerName === 'string' ? order.parties.consignerName : null],
            ['Receiving status', <StatusPill key="r" status={order.receivingStatus} />],
            ['Status', <StatusPill key="s" status={order.status} />],
            ['Version', order.version],
            ['Updated', formatDateTime(order.updatedAt)],
          ]}
        />
        <p>
          <Link to={`/workspaces/inbound/loads?il.orderNumber=${encodeURIComponent(order.orderNumber)}`}>Loads carrying this order</Link>
        </p>
      </Card>
      <Card title="Order lines">
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">Order lines of {order.orderNumber}</caption>
            <thead>
              <tr>
                {mayPlan && <th scope="col">Plan</th>}
                <th scope="col">Line</th>
                <th scope="col">Item</th>
                <th scope="col">Batch</th>
                <th scope="col">Owner / status</th>
                <th scope="col" data-numeric>Expected</th>
                <th scope="col" data-numeric>Received</th>
                <th scope="col" data-numeric>Remaining</th>
                <th scope="col">Receiving</th>
                {mayPlan && <th scope="col">To plan</th>}
              </tr>
            </thead>
            <tbody>
              {order.lines.map((l) => (
                <tr key={l.orderLineNumber} data-selected={lineKey(l) in selected || undefined}>
                  {mayPlan && (
                    <td>
                      <input type="checkbox" aria-label={`Select line ${String(l.orderLineNumber)}`} checked={lineKey(l) in selected} onChange={(e) => toggle(l, e.target.checked)} />
                    </td>
                  )}
                  <td>{l.orderLineNumber}</td>
                  <td>
                    {l.itemNumber}
                    {l.sourceSystemItemNumber !== l.itemNumber && <div className="qs-muted">{l.sourceSystemItemNumber}</div>}
                  </td>
                  <td>{l.itemBatchNumber ?? '—'}</td>
                  <td>
                    {l.inventoryOwnerId} / {l.inventoryStatusId}
                  </td>
                  <td data-numeric>
                    {formatQuantity(l.expectedQuantity, l.expectedUnitSymbol)}
                    {l.expectedUnitSymbol !== l.inventoryUnitSymbol && <div className="qs-muted">{formatQuantity(l.expectedInventoryQuantity, l.inventoryUnitSymbol)}</div>}
                  </td>
                  <td data-numeric>{formatQuantity(l.receivedQuantity, l.inventoryUnitSymbol)}</td>
                  <td data-numeric>{formatQuantity(l.remainingQuantity, l.inventoryUnitSymbol)}</td>
                  <td>
                    <StatusPill status={l.receivingStatus} />
                  </td>
                  {mayPlan && (
                    <td>
                      {lineKey(l) in selected && (
                        <input
                          type="number"
                          min="0"
                          step="any"
                          aria-label={`Quantity to plan of line ${String(l.orderLineNumber)} (${l.inventoryUnitSymbol})`}
                          placeholder="All unplanned"
                          value={selected[lineKey(l)]}
                          onChange={(e) => setSelected((current) => ({ ...current, [lineKey(l)]: e.target.value }))}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      {mayPlan && <PlanLoad warehouseId={order.receivingWarehouseId} lines={plannedLines} onDone={() => setSelected({})} />}
    </>
  );
}

interface PlannedLine {
  orderNumber: string;
  orderLineNumber: number;
  quantity?: number;
}

/** Load planning from the selected order lines: a new load, or the lines added to an open one. */
function PlanLoad({ warehouseId, lines, onDone }: { warehouseId: string; lines: PlannedLine[]; onDone: () => void }) {
  const navigate = useNavigate();
  const [trailer, setTrailer] = useState('');
  const [targetLoad, setTargetLoad] = useState('');
  const openLoads = useInboundLoadList({ warehouseId, loadStatus: 'Open', limit: 200 });
  const done = async (load: { loadId: string }) => {
    onDone();
    await navigate(`/workspaces/inbound/loads/${encodeURIComponent(load.loadId)}`);
  };
  const create = useCreateInboundLoad({ onSuccess: done });
  const add = useAddLinesToInboundLoad({ onSuccess: done });
  const nothing = lines.length === 0;
  return (
    <Card title="Load planning">
      <p className="qs-muted">
        {nothing ? 'Select order lines above to plan them on a load.' : `${String(lines.length)} line(s) selected. An empty quantity plans all of the line's unplanned quantity.`}
      </p>
      <div className="qs-row">
        <TextField label="Trailer number" value={trailer} onChange={(e) => setTrailer(e.target.value)} hint="Optional, for a new load" />
        <Button disabled={nothing} busy={create.isPending} onClick={() => create.mutate({ warehouseId, ...(trailer ? { transport: { trailerNumber: trailer } } : {}), lines })}>
          Create load from selected lines
        </Button>
      </div>
      <div className="qs-row">
        <SelectField
          label="Open load"
          placeholder="Choose a load"
          options={(openLoads.data?.items ?? []).map((l) => ({ value: l.loadId, label: `${l.loadId} (${l.sourceSystemId})` }))}
          value={targetLoad}
          onChange={(e) => setTargetLoad(e.target.value)}
        />
        <Button variant="secondary" disabled={nothing || !targetLoad} busy={add.isPending} onClick={() => add.mutate({ loadId: targetLoad, lines })}>
          Add selected lines to load
        </Button>
      </div>
      {openLoads.data?.items.length === 0 && <Alert tone="warn">There is no open load in {warehouseId}; create one.</Alert>}
      <ProblemAlert error={create.error ?? add.error} />
    </Card>
  );
}
