import { useState } from 'react';
import { useLoadPlanning, useLoadTemplates, useMoveShipment, useSaveLoadTemplate, useSetLoadTemplate, type PlannedLoad } from '../../api/load-planning';
import { useShipConfirmLoad } from '../../api/outbound-loads';
import { useWarehouseOptions } from '../../api/warehouses';
import { useMay } from '../../auth/roles';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, ConfirmButton, Fetched, ProblemAlert, SelectField, StatusPill, TextField, formatQuantity } from '../../ui';

const kg = (grams: number) => formatQuantity(grams / 1000, 'kg');
const m3 = (cm3: number) => formatQuantity(cm3 / 1_000_000, 'm³');
const optionalNumber = (text: string, scale: number) => (text.trim() === '' ? null : Math.round(Number(text) * scale));

/** The load planning workbench (D365's): what each load holds against its template, shipments moved between loads, ship confirm per load. */
export function LoadPlanning() {
  const { t } = useTranslation('loadPlanning');
  const warehouses = useWarehouseOptions();
  const [chosen, setChosen] = useState('');
  const warehouseId = chosen || warehouses[0]?.value || '';
  const planning = useLoadPlanning(warehouseId);
  return (
    <div className="qs-stack">
      <SelectField label={t('warehouse')} placeholder={t('chooseWarehouse')} options={warehouses} value={warehouseId} onChange={(e) => setChosen(e.target.value)} />
      {warehouseId && <Templates warehouseId={warehouseId} />}
      {warehouseId && (
        <Fetched query={planning} what={t('loading')}>
          {(p) => (p.loads.length === 0 ? <p className="qs-empty">{t('noLoads')}</p> : p.loads.map((load) => <LoadCard key={load.loadId} load={load} loads={p.loads} warehouseId={warehouseId} />))}
        </Fetched>
      )}
    </div>
  );
}

function Templates({ warehouseId }: { warehouseId: string }) {
  const { t } = useTranslation('loadPlanning');
  const templates = useLoadTemplates(warehouseId);
  const save = useSaveLoadTemplate();
  const [form, setForm] = useState({ templateId: '', name: '', weight: '', volume: '', shipments: '' });
  const field = (name: keyof typeof form) => ({ value: form[name], onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })) });
  const items = templates.data?.items ?? [];
  return (
    <Card title={t('templates.title')}>
      {items.length === 0 ? (
        <p className="qs-muted">{t('templates.empty')}</p>
      ) : (
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">{t('templates.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('templates.id')}</th>
                <th scope="col">{t('templates.name')}</th>
                <th scope="col" data-numeric>{t('templates.maxWeight')}</th>
                <th scope="col" data-numeric>{t('templates.maxVolume')}</th>
                <th scope="col" data-numeric>{t('templates.maxShipments')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((tpl) => (
                <tr key={tpl.templateId}>
                  <td>{tpl.templateId}</td>
                  <td>{tpl.name}</td>
                  <td data-numeric>{tpl.maxWeightGrams === null ? t('templates.none') : kg(tpl.maxWeightGrams)}</td>
                  <td data-numeric>{tpl.maxVolumeCm3 === null ? t('templates.none') : m3(tpl.maxVolumeCm3)}</td>
                  <td data-numeric>{tpl.maxShipments ?? t('templates.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="qs-row">
        <TextField label={t('templates.id')} {...field('templateId')} />
        <TextField label={t('templates.name')} {...field('name')} />
        <TextField label={t('templates.maxWeight')} type="number" min="0" step="any" {...field('weight')} />
        <TextField label={t('templates.maxVolume')} type="number" min="0" step="any" {...field('volume')} />
        <TextField label={t('templates.maxShipments')} type="number" min="1" step="1" {...field('shipments')} />
        <Button
          variant="secondary"
          busy={save.isPending}
          disabled={!form.templateId || !form.name}
          onClick={() =>
            save.mutate({
              templateId: form.templateId,
              warehouseId,
              name: form.name,
              maxWeightGrams: optionalNumber(form.weight, 1000),
              maxVolumeCm3: optionalNumber(form.volume, 1_000_000),
              maxShipments: optionalNumber(form.shipments, 1),
            })
          }
        >
          {t('templates.save')}
        </Button>
      </div>
      {save.isSuccess && <Alert tone="ok">{t('templates.saved', { templateId: save.variables.templateId })}</Alert>}
      <ProblemAlert error={save.error} />
    </Card>
  );
}

function LoadCard({ load, loads, warehouseId }: { load: PlannedLoad; loads: readonly PlannedLoad[]; warehouseId: string }) {
  const { t } = useTranslation('loadPlanning');
  const mayShip = useMay('warehouse_manager', 'planner');
  const templates = useLoadTemplates(warehouseId);
  const setTemplate = useSetLoadTemplate();
  const shipConfirm = useShipConfirmLoad(load.loadId);
  const cap = load.capacity;
  const limit = (value: string, max: number | null | undefined, format: (n: number) => string) => (max === null || max === undefined ? value : t('load.of', { value, max: format(max) }));
  return (
    <Card title={t('load.title', { loadId: load.loadId })}>
      <div className="qs-row">
        <StatusPill status={load.status} />
        <span>
          {t('load.weight')}: {limit(kg(load.weightGrams), cap?.maxWeightGrams, kg)}
        </span>
        <span>
          {t('load.volume')}: {limit(m3(load.volumeCm3), cap?.maxVolumeCm3, m3)}
        </span>
        <span>
          {t('load.shipmentCount')}: {limit(String(load.shipments.length), cap?.maxShipments, String)}
        </span>
      </div>
      {load.overCapacity.length > 0 && <Alert tone="warn">{t('load.over', { reasons: load.overCapacity.join('; ') })}</Alert>}
      {load.itemsWithoutWeight.length > 0 && <p className="qs-muted">{t('load.withoutWeight', { items: load.itemsWithoutWeight.join(', ') })}</p>}
      <SelectField
        label={t('load.template', { loadId: load.loadId })}
        options={[{ value: '', label: t('load.noTemplate') }, ...(templates.data?.items ?? []).map((tpl) => ({ value: tpl.templateId, label: `${tpl.templateId} · ${tpl.name}` }))]}
        value={load.loadTemplateId ?? ''}
        disabled={setTemplate.isPending}
        onChange={(e) => setTemplate.mutate({ loadId: load.loadId, loadTemplateId: e.target.value || null })}
      />
      <ProblemAlert error={setTemplate.error} />
      <Shipments load={load} loads={loads} />
      {mayShip && (
        <div>
          <ConfirmButton
            variant="primary"
            disabled={load.status !== 'Loaded'}
            busy={shipConfirm.isPending}
            question={t('load.shipQuestion', { loadId: load.loadId })}
            consequences={<p>{t('load.shipWhat', { sourceSystemId: load.sourceSystemId })}</p>}
            onConfirm={() => shipConfirm.mutate()}
          >
            {t('load.shipConfirm')}
          </ConfirmButton>{' '}
          {load.status !== 'Loaded' && <span className="qs-muted">{t('load.notLoaded')}</span>}
        </div>
      )}
      {shipConfirm.data && <Alert tone="ok">{t('load.shipped', { slips: shipConfirm.data.shipmentPackingSlipVersionNumbers.join(', ') })}</Alert>}
      <ProblemAlert error={shipConfirm.error} />
    </Card>
  );
}

function Shipments({ load, loads }: { load: PlannedLoad; loads: readonly PlannedLoad[] }) {
  const { t } = useTranslation('loadPlanning');
  const move = useMoveShipment();
  const [targets, setTargets] = useState<Record<string, string>>({});
  const others = loads.filter((l) => l.loadId !== load.loadId && l.status === 'Open' && l.sourceSystemId === load.sourceSystemId);
  return (
    <>
      <div className="qs-table-wrap">
        <table className="qs-table">
          <caption className="qs-visually-hidden">{t('shipments.caption', { loadId: load.loadId })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('shipments.shipment')}</th>
              <th scope="col">{t('shipments.receiver')}</th>
              <th scope="col">{t('shipments.orders')}</th>
              <th scope="col" data-numeric>{t('shipments.weight')}</th>
              <th scope="col">{t('shipments.status')}</th>
              <th scope="col">{t('shipments.move')}</th>
            </tr>
          </thead>
          <tbody>
            {load.shipments.map((s) => (
              <tr key={s.shipmentId}>
                <td>{s.shipmentId}</td>
                <td className="qs-cell-long" title={s.receiverName ?? undefined}>
                  {s.receiverName ?? '—'}
                </td>
                <td>{s.orderNumbers.join(', ')}</td>
                <td data-numeric>{kg(s.weightGrams)}</td>
                <td>
                  <StatusPill status={s.status} />
                </td>
                <td>
                  {s.status === 'Open' && load.status === 'Open' ? (
                    <div className="qs-row">
                      <SelectField
                        label={t('shipments.moveTo', { shipmentId: s.shipmentId })}
                        options={[{ value: '', label: t('shipments.newLoad') }, ...others.map((o) => ({ value: o.loadId, label: o.loadId }))]}
                        value={targets[s.shipmentId] ?? ''}
                        onChange={(e) => setTargets((current) => ({ ...current, [s.shipmentId]: e.target.value }))}
                      />
                      <Button variant="secondary" busy={move.isPending && move.variables.shipmentId === s.shipmentId} onClick={() => move.mutate({ shipmentId: s.shipmentId, ...(targets[s.shipmentId] ? { targetLoadId: targets[s.shipmentId] } : {}) })}>
                        {t('shipments.move')}
                      </Button>
                    </div>
                  ) : (
                    <span className="qs-muted">{t('shipments.inWave')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {move.data && <Alert tone="ok">{t('shipments.moved', { shipmentId: move.variables.shipmentId, loadId: move.data.targetLoadId })}</Alert>}
      <ProblemAlert error={move.error} />
    </>
  );
}
