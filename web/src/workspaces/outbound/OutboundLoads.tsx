import { useTranslation } from '../../i18n';
import { statusOptions } from '../../ui';
import { Link, useNavigate, useParams } from 'react-router';
import { useOutboundLoad, useOutboundLoadList, useShipConfirmLoad } from '../../api/outbound-loads';
import type { ResponseOf } from '../../api/types';
import { Alert, Card, ConfirmButton, DataTable, Fetched, FilterForm, KeyValues, ProblemAlert, StatusPill, formatDateTime, formatQuantity, useListState, type Column } from '../../ui';
import { PackingSlipsOfLoad } from './PackingSlips';
import { useMay } from '../../auth/roles';
import { useWarehouseOptions } from '../../api/warehouses';
import { useInventoryUnits } from '../../api/item-units';
import { BASE, OUTBOUND_LOAD_STATUSES, link } from './shared';

type Load = ResponseOf<'/api/v1/outbound-loads/{loadId}', 'get'>;

type LoadRow = ResponseOf<'/api/v1/outbound-loads', 'get'>['items'][number];

export function OutboundLoadList() {
  const { t } = useTranslation('outbound');
  const list = useListState('ol', ['q', 'warehouseId', 'loadStatus', 'orderNumber']);
  const warehouses = useWarehouseOptions();
  const navigate = useNavigate();
  const loads = useOutboundLoadList(list.query);
  const columns: Column<LoadRow>[] = [
    { header: t('l_load'), cell: (l) => l.loadId, sortKey: 'loadId' },
    { header: t('c_warehouse'), cell: (l) => l.warehouseId, sortKey: 'warehouseId' },
    { header: t('l_sourceSystem'), cell: (l) => l.sourceSystemId, sortKey: 'sourceSystemId' },
    { header: t('l_carrier'), cell: (l) => l.shippingCarrierId ?? '—', sortKey: 'shippingCarrierId' },
    { header: t('l_deliveryMode'), cell: (l) => l.deliveryModeCode ?? '—', sortKey: 'deliveryModeCode' },
    { header: t('c_status'), cell: (l) => <StatusPill status={l.status} />, sortKey: 'status' },
    { header: t('l_shipped'), cell: (l) => formatDateTime(l.shippedAt), sortKey: 'shippedAt' },
    { header: t('c_created'), cell: (l) => formatDateTime(l.createdAt), sortKey: 'createdAt' },
  ];
  return (
    <Card title={t('l_title')}>
      <FilterForm
        label={t('l_filter')}
        prefix="ol"
        list={list}
        fields={[
          { name: 'q', label: t('c_search'), hint: t('l_loadId') },
          { name: 'orderNumber', label: t('l_orderNumber') },
          { name: 'warehouseId', label: t('c_warehouse'), options: warehouses },
          { name: 'loadStatus', label: t('l_loadStatus'), options: statusOptions(OUTBOUND_LOAD_STATUSES) },
        ]}
      />
      <DataTable caption={t('l_title')} columns={columns} query={loads} rowKey={(l) => l.loadId} list={list} exportPath="/api/v1/outbound-loads" empty={t('l_empty')} onSelect={(l) => void navigate(link.load(l.loadId))} />
    </Card>
  );
}

export function OutboundLoadDetail() {
  const { t } = useTranslation('outbound');
  const { loadId = '' } = useParams();
  const load = useOutboundLoad(loadId);
  return (
    <div className="qs-stack">
      <p>
        <Link to={`${BASE}/loads`}>← Outbound loads</Link>
      </p>
      <Fetched query={load} what={t('l_loading')}>
        {(l) => <LoadView load={l} />}
      </Fetched>
    </div>
  );
}

function LoadView({ load }: { load: Load }) {
  const { t } = useTranslation('outbound');
  const mayShip = useMay('warehouse_manager', 'planner', 'warehouse_worker');
  const unitOf = useInventoryUnits(load.lines.map((l) => l.itemNumber));
  const shipConfirm = useShipConfirmLoad(load.loadId);
  return (
    <>
      <Card title={t('ld_title', { loadId: load.loadId })}>
        <KeyValues
          entries={[
            [t('c_status'), <StatusPill key="s" status={load.status} />],
            [t('c_warehouse'), load.warehouseId],
            [t('l_sourceSystem'), load.sourceSystemId],
            [t('ld_carrierMode'), [load.shippingCarrierId, load.deliveryModeCode].filter(Boolean).join(' · ') || null],
            [t('c_created'), formatDateTime(load.createdAt)],
            [t('l_shipped'), formatDateTime(load.shippedAt)],
          ]}
        />
        {mayShip && load.status !== 'Shipped' && (
          <div>
            <ConfirmButton
              variant="primary"
              busy={shipConfirm.isPending}
              disabled={load.status !== 'Loaded'}
              question={t('ld_shipQuestion', { loadId: load.loadId })}
              consequences={
                <>
                  <p>{t('ld_shipWhat', { count: load.shipments.length, sourceSystemId: load.sourceSystemId })}</p>
                  <p>{t('ld_shipUntil')}</p>
                </>
              }
              onConfirm={() => shipConfirm.mutate()}
            >
              {t('ld_shipConfirm')}
            </ConfirmButton>{' '}
            {load.status !== 'Loaded' && <span className="qs-muted">{t('ld_notLoaded')}</span>}
          </div>
        )}
        <ProblemAlert error={shipConfirm.error} />
        {shipConfirm.data && <Alert tone="ok">{t('ld_shipped', { slips: shipConfirm.data.shipmentPackingSlipVersionNumbers.join(', ') })}</Alert>}
      </Card>
      <Card title={t('ld_shipments')}>
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">{t('ld_shipmentsOf', { loadId: load.loadId })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ld_shipment')}</th>
                <th scope="col">{t('c_wave')}</th>
                <th scope="col">{t('c_status')}</th>
                <th scope="col">{t('ld_work')}</th>
              </tr>
            </thead>
            <tbody>
              {load.shipments.map((s) => (
                <tr key={s.shipmentId}>
                  <td>{s.shipmentId}</td>
                  <td>{s.waveId ? <Link to={link.wave(s.waveId)}>{s.waveId}</Link> : '—'}</td>
                  <td>
                    <StatusPill status={s.status} />
                  </td>
                  <td>
                    <Link to={`${BASE}/work?wk.referenceId=${encodeURIComponent(s.shipmentId)}`}>{t('ld_workOf', { shipmentId: s.shipmentId })}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title={t('ld_lines')}>
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">{t('ld_linesOf', { loadId: load.loadId })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ld_shipment')}</th>
                <th scope="col">{t('ld_order')}</th>
                <th scope="col">{t('ld_line')}</th>
                <th scope="col">{t('ld_item')}</th>
                <th scope="col" data-numeric>{t('ld_quantity')}</th>
                <th scope="col" data-numeric>{t('ld_workCreated')}</th>
                <th scope="col" data-numeric>{t('ld_picked')}</th>
                <th scope="col" data-numeric>{t('l_shipped')}</th>
                <th scope="col">{t('c_status')}</th>
              </tr>
            </thead>
            <tbody>
              {load.lines.map((l) => (
                <tr key={l.loadLineId}>
                  <td>{l.shipmentId}</td>
                  <td>
                    <Link to={link.order(l.orderNumber)}>{l.orderNumber}</Link>
                  </td>
                  <td>{l.orderLineNumber}</td>
                  <td>{l.itemNumber}</td>
                  <td data-numeric>{formatQuantity(l.quantity, unitOf(l.itemNumber))}</td>
                  <td data-numeric>{formatQuantity(l.workCreatedQuantity, unitOf(l.itemNumber))}</td>
                  <td data-numeric>{formatQuantity(l.pickedQuantity, unitOf(l.itemNumber))}</td>
                  <td data-numeric>{formatQuantity(l.shippedQuantity, unitOf(l.itemNumber))}</td>
                  <td>
                    <StatusPill status={l.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <PackingSlipsOfLoad load={load} />
    </>
  );
}
