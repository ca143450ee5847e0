import { useTranslation } from '../../i18n';
import { statusOptions } from '../../ui';
import { Link, useNavigate, useParams } from 'react-router';
import type { ResponseOf } from '../../api/types';
import { useProcessWave, useWave, useWaveList } from '../../api/waves';
import { Alert, Button, Card, DataTable, Fetched, FilterForm, KeyValues, ProblemAlert, StatusPill, formatDateTime, formatQuantity, useListState, type Column } from '../../ui';
import { useMay } from '../../auth/roles';
import { useWarehouseOptions } from '../../api/warehouses';
import { useInventoryUnits } from '../../api/item-units';
import { BASE, WAVE_STATUSES, link } from './shared';

type Wave = ResponseOf<'/api/v1/waves/{waveId}', 'get'>;

type WaveRow = ResponseOf<'/api/v1/waves', 'get'>['items'][number];

export function WaveList() {
  const { t } = useTranslation('outbound');
  const list = useListState('wv', ['q', 'warehouseId', 'status', 'picking', 'waveTemplateId']);
  const warehouses = useWarehouseOptions();
  const navigate = useNavigate();
  const waves = useWaveList(list.query);
  const columns: Column<WaveRow>[] = [
    { header: t('c_wave'), cell: (w) => w.waveId, sortKey: 'waveId' },
    { header: t('c_warehouse'), cell: (w) => w.warehouseId, sortKey: 'warehouseId' },
    { header: t('c_template'), cell: (w) => w.waveTemplateId, sortKey: 'waveTemplateId' },
    { header: t('c_status'), cell: (w) => <StatusPill status={w.status} />, sortKey: 'status' },
    { header: t('c_created'), cell: (w) => formatDateTime(w.createdAt), sortKey: 'createdAt' },
    { header: t('c_executed'), cell: (w) => formatDateTime(w.executedAt), sortKey: 'executedAt' },
  ];
  return (
    <Card title={t('c_waves')}>
      <FilterForm
        label={t('c_filterWaves')}
        prefix="wv"
        list={list}
        fields={[
          { name: 'q', label: t('c_search'), hint: t('c_waveId') },
          { name: 'warehouseId', label: t('c_warehouse'), options: warehouses },
          { name: 'status', label: t('c_status'), options: statusOptions(WAVE_STATUSES) },
          {
            name: 'picking',
            label: t('c_picking'),
            options: [
              { value: 'true', label: t('c_beingPicked') },
              { value: 'false', label: t('c_notBeingPicked') },
            ],
          },
          { name: 'waveTemplateId', label: t('c_waveTemplate') },
        ]}
      />
      <DataTable caption={t('c_waves')} columns={columns} query={waves} rowKey={(w) => w.waveId} list={list} exportPath="/api/v1/waves" empty={t('c_noWaves')} onSelect={(w) => void navigate(link.wave(w.waveId))} />
    </Card>
  );
}

export function WaveDetail() {
  const { t } = useTranslation('outbound');
  const { waveId = '' } = useParams();
  const wave = useWave(waveId);
  return (
    <div className="qs-stack">
      <p>
        <Link to={`${BASE}/waves`}>← {t('c_waves')}</Link>
      </p>
      <Fetched query={wave} what="Loading the wave">
        {(w) => <WaveView wave={w} />}
      </Fetched>
    </div>
  );
}

const ids = (values: string[], to: (id: string) => string) =>
  values.length === 0
    ? null
    : values.map((v, i) => (
        <span key={v}>
          {i > 0 && ', '}
          <Link to={to(v)}>{v}</Link>
        </span>
      ));

function WaveView({ wave }: { wave: Wave }) {
  const { t } = useTranslation('outbound');
  const mayPlan = useMay('planner', 'warehouse_manager');
  const unitOf = useInventoryUnits(wave.shortages.map((s) => s.itemNumber));
  const process = useProcessWave(wave.waveId);
  return (
    <>
      <Card title={`Wave ${wave.waveId}`}>
        <KeyValues
          entries={[
            [t('c_status'), <StatusPill key="s" status={wave.status} />],
            [t('c_warehouse'), wave.warehouseId],
            [t('c_waveTemplate'), wave.waveTemplateId],
            [t('c_created'), formatDateTime(wave.createdAt)],
            [t('c_executed'), formatDateTime(wave.executedAt)],
            ['Shipments', wave.shipmentIds.join(', ') || null],
            ['Loads', ids(wave.loadIds, link.load)],
            ['Work', ids(wave.workIds, link.work)],
          ]}
        />
        {mayPlan && wave.status !== t('c_executed') && (
          <div>
            <Button busy={process.isPending} onClick={() => process.mutate()}>
              Process wave
            </Button>
          </div>
        )}
        <ProblemAlert error={process.error} />
        {process.isSuccess && <Alert tone="ok">Wave processed: {wave.workIds.length} piece(s) of work.</Alert>}
      </Card>
      <Card title="Shortages">
        {wave.shortages.length === 0 ? (
          <p className="qs-muted">No shortages: everything on the wave could be allocated.</p>
        ) : (
          <div className="qs-table-wrap">
            <table className="qs-table">
              <caption className="qs-visually-hidden">Shortages of wave {wave.waveId}</caption>
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  <th scope="col">Line</th>
                  <th scope="col">Item</th>
                  <th scope="col" data-numeric>Short</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {wave.shortages.map((s, i) => (
                  <tr key={`${s.orderNumber}-${String(s.lineNumber)}-${String(i)}`}>
                    <td>
                      <Link to={link.order(s.orderNumber)}>{s.orderNumber}</Link>
                    </td>
                    <td>{s.lineNumber}</td>
                    <td>{s.itemNumber}</td>
                    <td data-numeric>{formatQuantity(s.shortQuantity, unitOf(s.itemNumber))}</td>
                    <td>{s.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
