import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { useCreateCycleCountThreshold, useCycleCountThresholds, useDeleteCycleCountThreshold, useEvaluateThresholds } from '../../api/cycle-counting';
import { useInventoryUnits } from '../../api/item-units';
import type { ResponseOf } from '../../api/types';
import { useWarehouseOptions } from '../../api/warehouses';
import { useMay } from '../../auth/roles';
import { Alert, Button, Card, type Column, DataTable, fieldError, FilterForm, formatQuantity, ProblemAlert, TextField, useListState, Lookup } from '../../ui';
import { ConfirmDelete } from './ConfirmDelete';
import { CreatedWork } from './CreatedWork';
import { optionalNumber, WarehouseSelect } from './shared';

type Threshold = ResponseOf<'/api/v1/cycle-count-thresholds', 'get'>['items'][number];

/** The thresholds, each deleted from its row, a form for a new one, and an evaluation on demand. */
export function Thresholds() {
  const { t } = useTranslation('counting');
  // The access list of creating, evaluating and deleting thresholds; workers only read them.
  const mayChange = useMay('warehouse_manager', 'planner');
  const list = useListState('thresholds', ['warehouseId']);
  const warehouses = useWarehouseOptions();
  const thresholds = useCycleCountThresholds(list.query);
  // Thresholds carry no unit; one for an item is in that item's inventory unit.
  const unitOf = useInventoryUnits(thresholds.data?.items.flatMap((r) => (r.itemNumber ? [r.itemNumber] : [])) ?? []);
  const quantity = (r: Threshold, value: number | null) => (value === null ? '—' : formatQuantity(value, r.itemNumber ? unitOf(r.itemNumber) : undefined));
  const [deleting, setDeleting] = useState<string>();
  const remove = useDeleteCycleCountThreshold(deleting ?? '', { onSuccess: () => setDeleting(undefined) });
  const columns: Column<Threshold>[] = [
    { header: t('thresholds.threshold'), sortKey: 'thresholdId', cell: (r) => r.thresholdId },
    { header: t('thresholds.warehouse'), sortKey: 'warehouseId', cell: (r) => r.warehouseId },
    { header: t('thresholds.location'), sortKey: 'locationId', cell: (r) => r.locationId ?? t('thresholds.everyLocation') },
    { header: t('thresholds.item'), sortKey: 'itemNumber', cell: (r) => r.itemNumber ?? t('thresholds.allItems') },
    { header: t('thresholds.countBelow'), sortKey: 'thresholdQuantity', numeric: true, cell: (r) => quantity(r, r.thresholdQuantity) },
    { header: t('thresholds.tolerance'), cell: (r) => [r.maxPercentage === null ? undefined : `${String(r.maxPercentage)} %`, r.maxQuantity === null ? undefined : quantity(r, r.maxQuantity)].filter(Boolean).join(t('thresholds.or')) || '—' },
    ...(mayChange
      ? [
          {
            header: t('thresholds.actions'),
            cell: (r: Threshold) => (
              <Button variant="danger" aria-label={t('thresholds.deleteOne', { id: r.thresholdId })} onClick={() => setDeleting(r.thresholdId)}>
                {t('thresholds.delete')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card title={t('thresholds.title')}>
      <FilterForm label={t('thresholds.filter')} prefix="thresholds" list={list} fields={[{ name: 'warehouseId', label: t('thresholds.warehouse'), options: warehouses }]} />
      {deleting && <ConfirmDelete what={t('thresholds.what', { id: deleting })} consequence={t('thresholds.deleteConsequence')} remove={remove} onKeep={() => setDeleting(undefined)} />}
      <DataTable caption={t('thresholds.caption')} columns={columns} query={thresholds} rowKey={(r) => r.thresholdId} list={list} exportPath="/api/v1/cycle-count-thresholds" empty={t('thresholds.empty')} />
      {mayChange && (
        <>
          <NewThreshold />
          <EvaluateNow />
        </>
      )}
    </Card>
  );
}

function NewThreshold() {
  const { t } = useTranslation('counting');
  const [form, setForm] = useState({ thresholdId: '', warehouseId: '', locationId: '', itemNumber: '', thresholdQuantity: '', maxPercentage: '', maxQuantity: '' });
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const create = useCreateCycleCountThreshold();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const optional = { locationId: form.locationId || undefined, itemNumber: form.itemNumber || undefined, maxPercentage: optionalNumber(form.maxPercentage), maxQuantity: optionalNumber(form.maxQuantity) };
    create.mutate({ thresholdId: form.thresholdId, warehouseId: form.warehouseId, thresholdQuantity: Number(form.thresholdQuantity), ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) });
  };
  return (
    <form className="qs-stack" onSubmit={submit} aria-label={t('thresholds.newTitle')}>
      <h3>{t('thresholds.newTitle')}</h3>
      <div className="qs-row">
        <TextField label={t('thresholds.id')} required value={form.thresholdId} onChange={set('thresholdId')} error={fieldError(create.error, 'thresholdId')} />
        <WarehouseSelect placeholder={t('thresholds.choose')} required value={form.warehouseId} onChange={set('warehouseId')} />
        <Lookup kind="location" label={t('thresholds.locationOptional')} scope={form.warehouseId ? { warehouseId: form.warehouseId } : undefined} value={form.locationId} onChange={(value) => set('locationId')({ target: { value } })} error={fieldError(create.error, 'locationId')} />
        <Lookup kind="item" label={t('thresholds.itemOptional')} value={form.itemNumber} onChange={(value) => set('itemNumber')({ target: { value } })} error={fieldError(create.error, 'itemNumber')} />
        <TextField label={t('thresholds.countWhen')} type="number" min="0" step="any" required value={form.thresholdQuantity} onChange={set('thresholdQuantity')} error={fieldError(create.error, 'thresholdQuantity')} />
        <TextField label={t('thresholds.tolerancePct')} type="number" min="0" step="any" value={form.maxPercentage} onChange={set('maxPercentage')} />
        <TextField label={t('thresholds.toleranceQty')} type="number" min="0" step="any" value={form.maxQuantity} onChange={set('maxQuantity')} />
      </div>
      <ProblemAlert error={create.error} />
      {create.isSuccess && <Alert tone="ok" title={t('thresholds.created', { id: create.data.thresholdId })} />}
      <div>
        <Button type="submit" busy={create.isPending}>
          {t('thresholds.create')}
        </Button>
      </div>
    </form>
  );
}

function EvaluateNow() {
  const { t } = useTranslation('counting');
  const [evaluateIn, setEvaluateIn] = useState('');
  const evaluate = useEvaluateThresholds();
  return (
    <>
      <h3>{t('thresholds.evaluateTitle')}</h3>
      <div className="qs-row">
        <WarehouseSelect label={t('thresholds.evaluateIn')} placeholder={t('thresholds.allWarehouses')} value={evaluateIn} onChange={(e) => setEvaluateIn(e.target.value)} />
        <Button variant="secondary" busy={evaluate.isPending} onClick={() => evaluate.mutate(evaluateIn ? { warehouseId: evaluateIn } : {})}>
          {t('thresholds.evaluate')}
        </Button>
      </div>
      <ProblemAlert error={evaluate.error} />
      {evaluate.data && <CreatedWork title={t('thresholds.title')} items={evaluate.data.items} />}
    </>
  );
}
