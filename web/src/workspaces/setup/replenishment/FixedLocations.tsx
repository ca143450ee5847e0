import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { useFixedLocations, useRunReplenishment, useSaveFixedLocation, type FixedLocationRow } from '../../../api/replenishment';
import { useWarehouseOptions } from '../../../api/warehouses';
import { useMay } from '../../../auth/roles';
import { Alert, Button, Card, DataTable, FilterForm, ProblemAlert, SelectField, TextField, fieldError, formatQuantity, useListState, type Column } from '../../../ui';

/** Fixed pick locations with min/max, and min/max replenishment run now (setup workspace). */
export function FixedLocations() {
  const { t } = useTranslation('replenishment');
  const mayRun = useMay('warehouse_manager', 'planner');
  const maySet = useMay('warehouse_manager');
  return (
    <>
      <FixedLocationList />
      {maySet ? <FixedLocationForm /> : <Alert tone="warn">{t('fixed.onlyManagers')}</Alert>}
      {mayRun && <RunNow />}
    </>
  );
}

function FixedLocationList() {
  const { t } = useTranslation('replenishment');
  const list = useListState('fl', ['warehouseId', 'itemNumber', 'locationId']);
  const warehouses = useWarehouseOptions();
  const faces = useFixedLocations(list.query);
  const columns: Column<FixedLocationRow>[] = [
    { header: t('fixed.warehouse'), cell: (f) => f.warehouseId },
    { header: t('fixed.location'), cell: (f) => f.locationId },
    { header: t('fixed.item'), cell: (f) => f.itemNumber },
    { header: t('fixed.min'), cell: (f) => formatQuantity(f.minQuantity), numeric: true },
    { header: t('fixed.max'), cell: (f) => formatQuantity(f.maxQuantity), numeric: true },
    { header: t('fixed.onHand'), cell: (f) => formatQuantity(f.onHandQuantity), numeric: true },
    { header: t('fixed.incoming'), cell: (f) => formatQuantity(f.incomingQuantity), numeric: true },
  ];
  return (
    <Card title={t('fixed.title')}>
      <p className="qs-muted">{t('fixed.hint')}</p>
      <FilterForm
        label={t('fixed.title')}
        prefix="fl"
        list={list}
        fields={[
          { name: 'warehouseId', label: t('fixed.warehouse'), options: warehouses },
          { name: 'itemNumber', label: t('fixed.item') },
          { name: 'locationId', label: t('fixed.location') },
        ]}
      />
      <DataTable caption={t('fixed.caption')} columns={columns} query={faces} rowKey={(f) => `${f.warehouseId}/${f.itemNumber}`} list={list} exportPath="/api/v1/fixed-locations" empty={t('fixed.empty')} />
    </Card>
  );
}

const EMPTY = { warehouseId: '', itemNumber: '', locationId: '', min: '', max: '' };

function FixedLocationForm() {
  const { t } = useTranslation('replenishment');
  const warehouses = useWarehouseOptions();
  const [form, setForm] = useState(EMPTY);
  const set = (name: keyof typeof EMPTY, value: string) => setForm((f) => ({ ...f, [name]: value }));
  const save = useSaveFixedLocation({ onSuccess: () => setForm(EMPTY) });
  const warehouseId = form.warehouseId || warehouses[0]?.value || '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ warehouseId, itemNumber: form.itemNumber, locationId: form.locationId, minQuantity: Number(form.min), maxQuantity: Number(form.max) });
  };
  const err = (field: string) => fieldError(save.error, field);
  return (
    <Card title={t('fixed.formTitle')}>
      <form className="qs-stack" onSubmit={submit}>
        <div className="qs-row">
          <SelectField label={t('fixed.warehouse')} options={warehouses} value={warehouseId} onChange={(e) => set('warehouseId', e.target.value)} />
          <TextField label={t('fixed.item')} required value={form.itemNumber} onChange={(e) => set('itemNumber', e.target.value)} error={err('itemNumber')} />
          <TextField label={t('fixed.location')} required value={form.locationId} onChange={(e) => set('locationId', e.target.value)} error={err('locationId')} />
          <TextField label={t('fixed.min')} required type="number" min="0" step="any" value={form.min} onChange={(e) => set('min', e.target.value)} error={err('minQuantity')} />
          <TextField label={t('fixed.max')} required type="number" min="0" step="any" value={form.max} onChange={(e) => set('max', e.target.value)} error={err('maxQuantity')} />
        </div>
        <div>
          <Button type="submit" busy={save.isPending}>
            {t('fixed.save')}
          </Button>
        </div>
        <ProblemAlert error={save.error} />
        {save.data && (
          <Alert tone="ok">
            {t('fixed.saved', { itemNumber: save.data.itemNumber, locationId: save.data.locationId, warehouseId: save.data.warehouseId, min: formatQuantity(save.data.minQuantity), max: formatQuantity(save.data.maxQuantity) })}
          </Alert>
        )}
      </form>
    </Card>
  );
}

function RunNow() {
  const { t } = useTranslation('replenishment');
  const warehouses = useWarehouseOptions();
  const [chosen, setChosen] = useState('');
  const [zoneId, setZoneId] = useState('');
  const warehouseId = chosen || warehouses[0]?.value || '';
  const run = useRunReplenishment();
  const outcome = run.data;
  return (
    <Card title={t('run.title')}>
      <p className="qs-muted">{t('run.hint')}</p>
      <div className="qs-row">
        <SelectField label={t('fixed.warehouse')} options={warehouses} value={warehouseId} onChange={(e) => setChosen(e.target.value)} />
        <TextField label={t('run.zone')} value={zoneId} onChange={(e) => setZoneId(e.target.value)} />
        <Button disabled={!warehouseId} busy={run.isPending} onClick={() => run.mutate({ warehouseId, ...(zoneId ? { zoneId } : {}) })}>
          {t('run.button')}
        </Button>
      </div>
      <ProblemAlert error={run.error} />
      {outcome && (
        <Alert tone="ok">
          {outcome.work.length === 0
            ? t('run.none', { faces: outcome.facesChecked })
            : t('run.result', { count: outcome.work.length, faces: outcome.facesChecked, ids: outcome.work.map((w) => w.workId).join(', ') })}
        </Alert>
      )}
    </Card>
  );
}
