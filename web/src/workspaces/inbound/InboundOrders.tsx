import { useTranslation } from '../../i18n';
import { statusOptions, term } from '../../ui';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useAddLinesToInboundLoad, useCreateInboundLoad, useInboundLoadList } from '../../api/inbound-loads';
import { useInboundDeliveryRemainder, useInboundOrder, useInboundOrderList } from '../../api/inbound-orders';
import { DeliveryRemainder } from '../orders/DeliveryRemainder';
import type { ResponseOf } from '../../api/types';
import { Alert, Button, Card, DataTable, Fetched, FilterForm, KeyValues, ProblemAlert, SelectField, StatusPill, TextField, formatDateTime, formatQuantity, useListState, type Column } from '../../ui';
import { useMay } from '../../auth/roles';
import { useWarehouseOptions } from '../../api/warehouses';
import { RECEIVING_STATUSES } from './shared';

type OrderRow = ResponseOf<'/api/v1/inbound-shipment-orders', 'get'>['items'][number];
type Order = ResponseOf<'/api/v1/inbound-shipment-orders/{orderNumber}', 'get'>;
type OrderLine = Order['lines'][number];

export function InboundOrderList() {
  const { t } = useTranslation('inbound');
  const list = useListState('io', ['q', 'receivingWarehouseId', 'status', 'receivingStatus', 'plannedReceiptFrom', 'plannedReceiptBefore']);
  const warehouses = useWarehouseOptions();
  const navigate = useNavigate();
  const orders = useInboundOrderList(list.query);
  const columns: Column<OrderRow>[] = [
    { header: t('io_order'), cell: (o) => o.orderNumber, sortKey: 'orderNumber' },
    { header: t('io_sourceSystem'), cell: (o) => o.sourceSystemId, sortKey: 'sourceSystemId' },
    { header: t('io_sourceOrder'), cell: (o) => o.sourceSystemOrderNumber, sortKey: 'sourceSystemOrderNumber' },
    { header: t('io_type'), cell: (o) => term('orderType', o.orderType), sortKey: 'orderType' },
    { header: t('io_warehouse'), cell: (o) => o.receivingWarehouseId, sortKey: 'receivingWarehouseId' },
    { header: t('io_plannedReceipt'), cell: (o) => formatDateTime(o.plannedReceiptPeriodStart), sortKey: 'plannedReceiptPeriodStart' },
    { header: t('io_receiving'), cell: (o) => <StatusPill status={o.receivingStatus} />, sortKey: 'receivingStatus' },
    { header: t('io_status'), cell: (o) => <StatusPill status={o.status} />, sortKey: 'status' },
    { header: t('io_updated'), cell: (o) => formatDateTime(o.updatedAt), sortKey: 'updatedAt' },
  ];
  return (
    <Card title={t('io_title')}>
      <FilterForm
        label={t('io_filter')}
        prefix="io"
        list={list}
        fields={[
          { name: 'q', label: t('io_search'), hint: t('io_searchHint') },
          { name: 'receivingWarehouseId', label: t('io_warehouse'), options: warehouses },
          { name: 'receivingStatus', label: t('io_receivingStatus'), options: statusOptions(RECEIVING_STATUSES) },
          { name: 'status', label: t('io_status'), options: statusOptions(['Active', 'Canceled']) },
          { name: 'plannedReceiptFrom', label: t('io_from'), hint: t('io_fromHint') },
          { name: 'plannedReceiptBefore', label: t('io_before'), hint: t('io_beforeHint') },
        ]}
      />
      <DataTable
        caption={t('io_title')}
        columns={columns}
        query={orders}
        rowKey={(o) => o.orderNumber}
        list={list}
        exportPath="/api/v1/inbound-shipment-orders"
        empty={t('io_empty')}
        onSelect={(o) => void navigate(`/workspaces/inbound/orders/${encodeURIComponent(o.orderNumber)}`)}
      />
    </Card>
  );
}

const lineKey = (l: OrderLine) => String(l.orderLineNumber);

export function InboundOrderDetail() {
  const { t } = useTranslation('inbound');
  const { orderNumber = '' } = useParams();
  const order = useInboundOrder(orderNumber);
  return (
    <div className="qs-stack">
      <p>
        <Link to="/workspaces/inbound/orders">← {t('io_title')}</Link>
      </p>
      <Fetched query={order} what={t('io_loadingOrder')}>
        {(o) => <OrderView order={o} />}
      </Fetched>
    </div>
  );
}

function OrderView({ order }: { order: Order }) {
  const { t } = useTranslation('inbound');
  const mayPlan = useMay('planner', 'warehouse_manager');
  const mayCloseLines = useMay('warehouse_manager');
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
      <Card title={t('io_orderTitle', { orderNumber: order.orderNumber })}>
        <KeyValues
          entries={[
            [t('io_sourceSystem'), order.sourceSystemId],
            [t('io_sourceOrderNumber'), order.sourceSystemOrderNumber],
            [t('io_orderType'), term('orderType', order.orderType)],
            [t('io_shipmentType'), order.shipmentType],
            [t('io_receivingWarehouse'), order.receivingWarehouseId],
            [t('io_plannedReceipt'), order.plannedReceiptPeriodStart || order.plannedReceiptPeriodEnd ? `${formatDateTime(order.plannedReceiptPeriodStart)} – ${formatDateTime(order.plannedReceiptPeriodEnd)}` : null],
            [t('io_consigner'), typeof order.parties.consignerName === 'string' ? order.parties.consignerName : null],
            [t('io_receivingStatus'), <StatusPill key="r" status={order.receivingStatus} />],
            [t('io_status'), <StatusPill key="s" status={order.status} />],
            [t('io_version'), order.version],
            [t('io_updated'), formatDateTime(order.updatedAt)],
          ]}
        />
        <p>
          <Link to={`/workspaces/inbound/loads?il.orderNumber=${encodeURIComponent(order.orderNumber)}`}>{t('io_loadsOfOrder')}</Link>
        </p>
      </Card>
      <Card title={t('io_lines')}>
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">{t('io_linesOf', { orderNumber: order.orderNumber })}</caption>
            <thead>
              <tr>
                {mayPlan && <th scope="col">{t('io_plan')}</th>}
                <th scope="col">{t('io_line')}</th>
                <th scope="col">{t('io_item')}</th>
                <th scope="col">{t('io_batch')}</th>
                <th scope="col">{t('io_ownerStatus')}</th>
                <th scope="col" data-numeric>{t('io_expected')}</th>
                <th scope="col" data-numeric>{t('io_received')}</th>
                <th scope="col" data-numeric>{t('io_remaining')}</th>
                <th scope="col">{t('io_receiving')}</th>
                {mayPlan && <th scope="col">{t('io_toPlan')}</th>}
              </tr>
            </thead>
            <tbody>
              {order.lines.map((l) => (
                <tr key={l.orderLineNumber} data-selected={lineKey(l) in selected || undefined}>
                  {mayPlan && (
                    <td>
                      <input type="checkbox" aria-label={t('io_selectLine', { line: l.orderLineNumber })} checked={lineKey(l) in selected} onChange={(e) => toggle(l, e.target.checked)} />
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
                          aria-label={t('io_qtyToPlan', { line: l.orderLineNumber, unit: l.inventoryUnitSymbol })}
                          placeholder={t('io_allUnplanned')}
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
      {mayCloseLines && order.status === 'Active' && <InboundRemainder order={order} />}
    </>
  );
}

function InboundRemainder({ order }: { order: Order }) {
  const remainder = useInboundDeliveryRemainder(order.orderNumber);
  const lines = order.lines
    .filter((l) => l.status === 'Active')
    .map((l) => ({ lineNumber: l.orderLineNumber, itemNumber: l.itemNumber, unit: l.expectedUnitSymbol, remaining: l.remainingQuantity, remainingUnit: l.inventoryUnitSymbol }));
  return <DeliveryRemainder direction="inbound" lines={lines} remainder={remainder} />;
}

interface PlannedLine {
  orderNumber: string;
  orderLineNumber: number;
  quantity?: number;
}

/** Load planning from the selected order lines: a new load, or the lines added to an open one. */
function PlanLoad({ warehouseId, lines, onDone }: { warehouseId: string; lines: PlannedLine[]; onDone: () => void }) {
  const { t } = useTranslation('inbound');
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
    <Card title={t('io_loadPlanning')}>
      <p className="qs-muted">
        {nothing ? t('io_selectAbove') : t('io_selected', { count: lines.length })}
      </p>
      <div className="qs-row">
        <TextField label={t('io_trailer')} value={trailer} onChange={(e) => setTrailer(e.target.value)} hint={t('io_trailerHint')} />
        <Button disabled={nothing} busy={create.isPending} onClick={() => create.mutate({ warehouseId, ...(trailer ? { transport: { trailerNumber: trailer } } : {}), lines })}>
          {t('io_createLoad')}
        </Button>
      </div>
      <div className="qs-row">
        <SelectField
          label={t('io_openLoad')}
          placeholder={t('io_chooseLoad')}
          options={(openLoads.data?.items ?? []).map((l) => ({ value: l.loadId, label: `${l.loadId} (${l.sourceSystemId})` }))}
          value={targetLoad}
          onChange={(e) => setTargetLoad(e.target.value)}
        />
        <Button variant="secondary" disabled={nothing || !targetLoad} busy={add.isPending} onClick={() => add.mutate({ loadId: targetLoad, lines })}>
          {t('io_addToLoad')}
        </Button>
      </div>
      {openLoads.data?.items.length === 0 && <Alert tone="warn">{t('io_noOpenLoad', { warehouseId })}</Alert>}
      <ProblemAlert error={create.error ?? add.error} />
    </Card>
  );
}
