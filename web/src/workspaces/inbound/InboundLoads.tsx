import { useTranslation } from '../../i18n';
import { statusOptions } from '../../ui';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useBatchReceivingCompleted, useDeleteInboundLoad, useInboundLoad, useInboundLoadList, useMoveInboundLoadLine, useReceivingCompleted, useReverseReceivingCompleted } from '../../api/inbound-loads';
import type { ResponseOf } from '../../api/types';
import { Alert, Button, Card, ConfirmButton, DataTable, Fetched, FilterForm, KeyValues, ProblemAlert, SelectField, StatusPill, TextField, formatDateTime, formatQuantity, useListState, type Column } from '../../ui';
import { useMay } from '../../auth/roles';
import { useWarehouseOptions } from '../../api/warehouses';
import { useInventoryUnits } from '../../api/item-units';
import { LOAD_STATUSES } from './shared';

type LoadRow = ResponseOf<'/api/v1/inbound-loads', 'get'>['items'][number];
export type InboundLoad = ResponseOf<'/api/v1/inbound-loads/{loadId}', 'get'>;

const trailerOf = (transport: Record<string, unknown>) => (typeof transport.trailerNumber === 'string' ? transport.trailerNumber : null);

export function InboundLoadList() {
  const { t } = useTranslation('inbound');
  const list = useListState('il', ['q', 'warehouseId', 'loadStatus', 'orderNumber']);
  const warehouses = useWarehouseOptions();
  const navigate = useNavigate();
  const loads = useInboundLoadList(list.query);
  const columns: Column<LoadRow>[] = [
    { header: t('il_load'), cell: (l) => l.loadId, sortKey: 'loadId' },
    { header: t('il_warehouse'), cell: (l) => l.warehouseId, sortKey: 'warehouseId' },
    { header: t('il_sourceSystem'), cell: (l) => l.sourceSystemId, sortKey: 'sourceSystemId' },
    { header: t('il_origin'), cell: (l) => l.origin },
    { header: t('il_trailer'), cell: (l) => trailerOf(l.transport) ?? '—' },
    { header: t('il_status'), cell: (l) => <StatusPill status={l.loadStatus} />, sortKey: 'loadStatus' },
    { header: t('il_packingSlip'), cell: (l) => l.packingSlipId ?? '—', sortKey: 'packingSlipId' },
    { header: t('il_completed'), cell: (l) => formatDateTime(l.receivingCompletedAt), sortKey: 'receivingCompletedAt' },
    { header: t('il_created'), cell: (l) => formatDateTime(l.createdAt), sortKey: 'createdAt' },
  ];
  return (
    <>
      <Card title={t('il_title')}>
        <FilterForm
          label={t('il_filter')}
          prefix="il"
          list={list}
          fields={[
            { name: 'q', label: t('il_search'), hint: t('il_loadId') },
            { name: 'orderNumber', label: t('il_orderNumber') },
            { name: 'warehouseId', label: t('il_warehouse'), options: warehouses },
            { name: 'loadStatus', label: t('il_loadStatus'), options: statusOptions(LOAD_STATUSES) },
          ]}
        />
        <DataTable caption={t('il_title')} columns={columns} query={loads} rowKey={(l) => l.loadId} list={list} exportPath="/api/v1/inbound-loads" empty={t('il_empty')} onSelect={(l) => void navigate(`/workspaces/inbound/loads/${encodeURIComponent(l.loadId)}`)} />
      </Card>
      <BatchReceivingCompleted />
    </>
  );
}

function BatchReceivingCompleted() {
  const may = useMay('warehouse_manager');
  const batch = useBatchReceivingCompleted();
  if (!may) return null;
  return (
    <Card title="Receiving completed for all fully registered loads">
      <p className="qs-muted">Runs receiving completed for every In process load whose lines are fully registered, as the background process does.</p>
      <div>
        <Button busy={batch.isPending} onClick={() => batch.mutate()}>
          Run receiving completed for all
        </Button>
      </div>
      {batch.data && <Alert tone="ok">{batch.data.completedLoads === 1 ? '1 load completed.' : `${String(batch.data.completedLoads)} loads completed.`}</Alert>}
      <ProblemAlert error={batch.error} />
    </Card>
  );
}

export function InboundLoadDetail() {
  const { loadId = '' } = useParams();
  const load = useInboundLoad(loadId);
  return (
    <div className="qs-stack">
      <p>
        <Link to="/workspaces/inbound/loads">← Inbound loads</Link>
      </p>
      <Fetched query={load} what="Loading the load">
        {(l) => <LoadView load={l} />}
      </Fetched>
    </div>
  );
}

export function LoadView({ load }: { load: InboundLoad }) {
  const { t } = useTranslation('inbound');
  const mayPlan = useMay('planner', 'warehouse_manager');
  const unitOf = useInventoryUnits([...load.lines.map((l) => l.itemNumber), ...load.licensePlates.flatMap((p) => p.lines.map((l) => l.itemNumber))]);
  const transport = Object.entries(load.transport).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
  return (
    <>
      <Card title={`Inbound load ${load.loadId}`}>
        <KeyValues
          entries={[
            [t('il_status'), <StatusPill key="s" status={load.loadStatus} />],
            [t('il_warehouse'), load.warehouseId],
            [t('il_sourceSystem'), load.sourceSystemId],
            [t('il_origin'), load.origin],
            ['Load over receipt policy', load.loadOverReceiptPolicy ?? "The warehouse's default"],
            ['Transport', transport || null],
            [t('il_packingSlip'), load.packingSlipId],
            ['Packing slip date', load.packingSlipDate ? formatDateTime(load.packingSlipDate) : null],
            [t('il_completed'), formatDateTime(load.receivingCompletedAt)],
            ['Version', load.version],
          ]}
        />
        <p>
          <Link to={`/workspaces/inbound/receipts?sr.loadId=${encodeURIComponent(load.loadId)}`}>Shipment receipts of this load</Link>
        </p>
      </Card>
      <Card title="Load lines">
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">Lines of load {load.loadId}</caption>
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Line</th>
                <th scope="col">Item</th>
                <th scope="col">Shipment</th>
                <th scope="col" data-numeric>Quantity</th>
                <th scope="col" data-numeric>Registered</th>
              </tr>
            </thead>
            <tbody>
              {load.lines.map((l) => (
                <tr key={`${l.orderNumber}-${String(l.orderLineNumber)}-${l.shipmentId ?? ''}`}>
                  <td>
                    <Link to={`/workspaces/inbound/orders/${encodeURIComponent(l.orderNumber)}`}>{l.orderNumber}</Link>
                  </td>
                  <td>{l.orderLineNumber}</td>
                  <td>{l.itemNumber}</td>
                  <td>{l.shipmentId ?? '—'}</td>
                  <td data-numeric>{formatQuantity(l.quantity, unitOf(l.itemNumber))}</td>
                  <td data-numeric>{formatQuantity(l.registeredQuantity, unitOf(l.itemNumber))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {load.lines.length === 0 && <p className="qs-empty">No lines on this load yet. Add order lines from an order's page.</p>}
        </div>
      </Card>
      {load.shipments.length > 0 && (
        <Card title="Shipments">
          <div className="qs-table-wrap">
            <table className="qs-table">
              <caption className="qs-visually-hidden">Shipments of load {load.loadId}</caption>
              <thead>
                <tr>
                  <th scope="col">Shipment</th>
                  <th scope="col">Vendor shipment</th>
                  <th scope="col">Vendor packing slip</th>
                </tr>
              </thead>
              <tbody>
                {load.shipments.map((s) => (
                  <tr key={s.shipmentId}>
                    <td>{s.shipmentId}</td>
                    <td>{s.vendorShipmentId ?? '—'}</td>
                    <td>{s.vendorPackingSlipId ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      )}
      {load.licensePlates.length > 0 && <PackingStructure load={load} unitOf={unitOf} />}
      {mayPlan && load.lines.length > 0 && <MoveLine load={load} unitOf={unitOf} />}
      <ReceivingCompleted load={load} />
      {mayPlan && <DeleteLoad load={load} />}
    </>
  );
}

/** The ASN's license plates as a tree: pallets with their nested cases and item lines. */
function PackingStructure({ load, unitOf }: { load: InboundLoad; unitOf: (itemNumber: string) => string | undefined }) {
  const plates = load.licensePlates;
  const children = (parent: string | null) => plates.filter((p) => (p.parentLicensePlateNumber ?? null) === parent);
  const render = (parent: string | null) => {
    const level = children(parent);
    if (level.length === 0) return null;
    return (
      <ul>
        {level.map((p) => (
          <li key={p.licensePlateNumber}>
            <strong>{p.licensePlateNumber}</strong> {p.shipmentId && <span className="qs-muted">shipment {p.shipmentId}</span>}{' '}
            {p.receivedAt ? <StatusPill status="Received" /> : <StatusPill status="Open" />}
            {p.lines.length > 0 && (
              <ul>
                {p.lines.map((l, i) => (
                  <li key={`${String(l.inventoryLotId)}-${String(i)}`}>
                    {l.itemNumber}: {formatQuantity(l.quantity, unitOf(l.itemNumber))}
                    {l.batchNumber && <> · batch {l.batchNumber}</>}
                  </li>
                ))}
              </ul>
            )}
            {render(p.licensePlateNumber)}
          </li>
        ))}
      </ul>
    );
  };
  return <Card title="Packing structure">{render(null)}</Card>;
}

function MoveLine({ load, unitOf }: { load: InboundLoad; unitOf: (itemNumber: string) => string | undefined }) {
  const lineOptions = load.lines.map((l) => ({ value: `${l.orderNumber}#${String(l.orderLineNumber)}`, label: `${l.orderNumber} line ${String(l.orderLineNumber)} (${l.itemNumber}, ${formatQuantity(l.quantity - l.registeredQuantity, unitOf(l.itemNumber))} unregistered)` }));
  const [line, setLine] = useState(lineOptions[0]?.value ?? '');
  const [target, setTarget] = useState('');
  const [quantity, setQuantity] = useState('');
  const targets = useInboundLoadList({ warehouseId: load.warehouseId, limit: 200 });
  const targetOptions = (targets.data?.items ?? []).filter((l) => l.loadId !== load.loadId && l.loadStatus !== 'Received').map((l) => ({ value: l.loadId, label: `${l.loadId} (${l.loadStatus})` }));
  const move = useMoveInboundLoadLine(load.loadId, { onSuccess: () => setQuantity('') });
  const moveLine = () => {
    const [orderNumber = '', lineNumber = ''] = line.split('#');
    move.mutate({ targetLoadId: target, orderNumber, orderLineNumber: Number(lineNumber), ...(quantity ? { quantity: Number(quantity) } : {}) });
  };
  return (
    <Card title="Move a line to another load">
      <div className="qs-row">
        <SelectField label="Line to move" options={lineOptions} value={line} onChange={(e) => setLine(e.target.value)} />
        <SelectField label="Target load" placeholder="Choose a load" options={targetOptions} value={target} onChange={(e) => setTarget(e.target.value)} />
        <TextField label="Quantity to move" type="number" min="0" step="any" value={quantity} onChange={(e) => setQuantity(e.target.value)} hint="Empty moves all unregistered quantity" />
        <Button variant="secondary" disabled={!line || !target} busy={move.isPending} onClick={moveLine}>
          Move
        </Button>
      </div>
      {move.data && <Alert tone="ok">Moved to {move.data.target.loadId}.</Alert>}
      <ProblemAlert error={move.error} />
    </Card>
  );
}

/** An ASN or planned load that nothing was received on can go: how a wrong ASN is replaced. */
function DeleteLoad({ load }: { load: InboundLoad }) {
  const { t } = useTranslation('inbound');
  const navigate = useNavigate();
  const remove = useDeleteInboundLoad(load.loadId, { onSuccess: () => void navigate('/workspaces/inbound/loads') });
  const deletable = (load.origin === 'Asn' || load.origin === 'Manual') && (load.loadStatus === 'Open' || load.loadStatus === 'Shipped') && load.lines.every((l) => l.registeredQuantity === 0);
  if (!deletable) return null;
  return (
    <Card title={t('il_delete')}>
      <p className="qs-muted">{t('il_deleteHint')}</p>
      <div>
        <ConfirmButton variant="danger" busy={remove.isPending} question={t('il_deleteQuestion', { loadId: load.loadId })} consequences={<p>{t('il_deleteWhat')}</p>} onConfirm={() => remove.mutate()}>
          {t('il_delete')}
        </ConfirmButton>
      </div>
      <ProblemAlert error={remove.error} />
    </Card>
  );
}

function ReceivingCompleted({ load }: { load: InboundLoad }) {
  const { t } = useTranslation('inbound');
  const mayComplete = useMay('planner', 'warehouse_manager', 'warehouse_worker');
  const mayReverse = useMay('warehouse_manager');
  const [packingSlipId, setPackingSlipId] = useState('');
  const [packingSlipDate, setPackingSlipDate] = useState('');
  const complete = useReceivingCompleted(load.loadId);
  const reverse = useReverseReceivingCompleted(load.loadId);
  const receipts = complete.data?.shipmentReceiptVersionNumbers ?? reverse.data?.shipmentReceiptVersionNumbers ?? [];
  if (!mayComplete) return null;
  return (
    <Card title={t('il_completed')}>
      {load.loadStatus === 'Received' ? (
        <>
          <p>Receiving was completed {formatDateTime(load.receivingCompletedAt)}.</p>
          {mayReverse && (
            <div>
              <ConfirmButton
                busy={reverse.isPending}
                question={`Reverse receiving completed of load ${load.loadId}?`}
                consequences={
                  <>
                    <p>Each shipment receipt of the load gets a new, Canceled version, which its source system reads as the receipt taken back.</p>
                    <p>The load is In process again: its registrations can be changed and receiving completed again.</p>
                  </>
                }
                onConfirm={() => reverse.mutate()}
              >
                Reverse receiving completed
              </ConfirmButton>
            </div>
          )}
        </>
      ) : (
        <div className="qs-row">
          <TextField label="Packing slip id" value={packingSlipId} onChange={(e) => setPackingSlipId(e.target.value)} hint="Required or refused by the warehouse's packing slip policy" />
          <TextField label="Packing slip date" type="datetime-local" value={packingSlipDate} onChange={(e) => setPackingSlipDate(e.target.value)} />
          <Button busy={complete.isPending} onClick={() => complete.mutate({ ...(packingSlipId ? { packingSlipId } : {}), ...(packingSlipDate ? { packingSlipDate: new Date(packingSlipDate).toISOString() } : {}) })}>
            Complete receiving
          </Button>
        </div>
      )}
      {receipts.length > 0 && (
        <Alert tone="ok" title={reverse.data ? 'Receiving completed was reversed' : t('il_completed')}>
          Shipment receipts:{' '}
          {receipts.map((vn, i) => (
            <span key={vn}>
              {i > 0 && ', '}
              <Link to={`/workspaces/inbound/receipts/${encodeURIComponent(vn)}`}>{vn}</Link>
            </span>
          ))}
        </Alert>
      )}
      <ProblemAlert error={complete.error ?? reverse.error} />
    </Card>
  );
}
