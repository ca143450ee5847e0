import { useState, type FormEvent } from 'react';
import { useCreateCycleCountPlan, useCycleCountPlans, useDeleteCycleCountPlan, useRunCycleCountPlan } from '../../api/cycle-counting';
import type { ResponseOf } from '../../api/types';
import { useWarehouseOptions } from '../../api/warehouses';
import { useMay } from '../../auth/roles';
import { Alert, Button, Card, type Column, DataTable, fieldError, FilterForm, formatDateTime, formatQuantity, ProblemAlert, TextField, useListState, Lookup } from '../../ui';
import { i18n, useTranslation } from '../../i18n';
import { ConfirmDelete } from './ConfirmDelete';
import { CreatedWork } from './CreatedWork';
import { optionalNumber, splitIds, WarehouseSelect } from './shared';

type Plan = ResponseOf<'/api/v1/cycle-count-plans', 'get'>['items'][number];

const tolerance = (p: { maxPercentage: number | null; maxQuantity: number | null }) =>
  [p.maxPercentage === null ? undefined : `${String(p.maxPercentage)} %`, p.maxQuantity === null ? undefined : formatQuantity(p.maxQuantity)].filter(Boolean).join(i18n.t('counting:plans.or')) || '—';

/** The plans, each run now or deleted from its row, and a form for a new one. */
export function Plans() {
  const { t } = useTranslation('counting');
  // The access list of creating, running and deleting plans; workers only read them.
  const mayChange = useMay('warehouse_manager', 'planner');
  const list = useListState('plans', ['warehouseId']);
  const warehouses = useWarehouseOptions();
  const plans = useCycleCountPlans(list.query);
  const run = useRunCycleCountPlan();
  const [deleting, setDeleting] = useState<string>();
  const remove = useDeleteCycleCountPlan(deleting ?? '', { onSuccess: () => setDeleting(undefined) });
  const columns: Column<Plan>[] = [
    { header: t('plans.plan'), sortKey: 'planId', cell: (p) => p.planId },
    { header: t('plans.warehouse'), sortKey: 'warehouseId', cell: (p) => p.warehouseId },
    { header: t('plans.locations'), cell: (p) => p.locationIds?.join(', ') ?? t('plans.allLocations') },
    { header: t('plans.item'), sortKey: 'itemNumber', cell: (p) => p.itemNumber ?? t('plans.allItems') },
    { header: t('plans.days'), sortKey: 'daysBetweenCounts', numeric: true, cell: (p) => p.daysBetweenCounts },
    { header: t('plans.perRun'), sortKey: 'maxCounts', numeric: true, cell: (p) => p.maxCounts },
    { header: t('plans.tolerance'), cell: tolerance },
    { header: t('plans.createdAt'), sortKey: 'createdAt', cell: (p) => formatDateTime(p.createdAt) },
    ...(mayChange
      ? [
          {
            header: t('plans.actions'),
            cell: (p: Plan) => (
              <div className="qs-row">
                <Button variant="secondary" aria-label={t('plans.runOne', { id: p.planId })} busy={run.isPending && run.variables === p.planId} onClick={() => run.mutate(p.planId)}>
                  {t('plans.run')}
                </Button>
                <Button variant="danger" aria-label={t('plans.deleteOne', { id: p.planId })} onClick={() => setDeleting(p.planId)}>
                  {t('plans.delete')}
                </Button>
              </div>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card title={t('plans.title')}>
      <FilterForm label={t('plans.filter')} prefix="plans" list={list} fields={[{ name: 'warehouseId', label: t('plans.warehouse'), options: warehouses }]} />
      <ProblemAlert error={run.error} />
      {run.data && <CreatedWork title={t('plans.planTitle', { id: run.variables })} items={run.data.items} />}
      {deleting && <ConfirmDelete what={t('plans.what', { id: deleting })} consequence={t('plans.deleteConsequence')} remove={remove} onKeep={() => setDeleting(undefined)} />}
      <DataTable caption={t('plans.caption')} columns={columns} query={plans} rowKey={(p) => p.planId} list={list} exportPath="/api/v1/cycle-count-plans" empty={t('plans.empty')} />
      {mayChange && <NewPlan />}
    </Card>
  );
}

function NewPlan() {
  const { t } = useTranslation('counting');
  const [form, setForm] = useState({ planId: '', warehouseId: '', locationIds: '', itemNumber: '', daysBetweenCounts: '30', maxCounts: '20', maxPercentage: '', maxQuantity: '' });
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const create = useCreateCycleCountPlan();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const locationIds = splitIds(form.locationIds);
    const optional = { itemNumber: form.itemNumber || undefined, maxPercentage: optionalNumber(form.maxPercentage), maxQuantity: optionalNumber(form.maxQuantity) };
    create.mutate({
      planId: form.planId,
      warehouseId: form.warehouseId,
      daysBetweenCounts: Number(form.daysBetweenCounts),
      maxCounts: Number(form.maxCounts),
      ...(locationIds.length > 0 ? { locationIds } : {}),
      ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    });
  };
  return (
    <form className="qs-stack" onSubmit={submit} aria-label={t('plans.newTitle')}>
      <h3>{t('plans.newTitle')}</h3>
      <div className="qs-row">
        <TextField label={t('plans.id')} required value={form.planId} onChange={set('planId')} error={fieldError(create.error, 'planId')} />
        <WarehouseSelect placeholder={t('plans.choose')} required value={form.warehouseId} onChange={set('warehouseId')} />
        <TextField label={t('plans.locationsOptional')} hint={t('plans.locationsHint')} value={form.locationIds} onChange={set('locationIds')} />
        <Lookup kind="item" label={t('plans.itemOptional')} value={form.itemNumber} onChange={(value) => set('itemNumber')({ target: { value } })} />
        <TextField label={t('plans.days')} type="number" min="1" required value={form.daysBetweenCounts} onChange={set('daysBetweenCounts')} error={fieldError(create.error, 'daysBetweenCounts')} />
        <TextField label={t('plans.maxCounts')} type="number" min="1" required value={form.maxCounts} onChange={set('maxCounts')} error={fieldError(create.error, 'maxCounts')} />
        <TextField label={t('plans.tolerancePct')} type="number" min="0" step="any" value={form.maxPercentage} onChange={set('maxPercentage')} />
        <TextField label={t('plans.toleranceQty')} type="number" min="0" step="any" value={form.maxQuantity} onChange={set('maxQuantity')} />
      </div>
      <ProblemAlert error={create.error} />
      {create.isSuccess && <Alert tone="ok" title={t('plans.created', { id: create.data.planId })} />}
      <div>
        <Button type="submit" busy={create.isPending}>
          {t('plans.create')}
        </Button>
      </div>
    </form>
  );
}
