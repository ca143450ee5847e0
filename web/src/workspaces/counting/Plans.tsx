import { useState, type FormEvent } from 'react';
import { useCreateCycleCountPlan, useCycleCountPlans, useDeleteCycleCountPlan, useRunCycleCountPlan } from '../../api/cycle-counting';
import type { ResponseOf } from '../../api/types';
import { useWarehouseOptions } from '../../api/warehouses';
import { useMay } from '../../auth/roles';
import { Alert, Button, Card, type Column, DataTable, fieldError, FilterForm, formatDateTime, formatQuantity, ProblemAlert, TextField, useListState, Lookup } from '../../ui';
import { ConfirmDelete } from './ConfirmDelete';
import { CreatedWork } from './CreatedWork';
import { optionalNumber, splitIds, WarehouseSelect } from './shared';

type Plan = ResponseOf<'/api/v1/cycle-count-plans', 'get'>['items'][number];

const tolerance = (p: { maxPercentage: number | null; maxQuantity: number | null }) =>
  [p.maxPercentage === null ? undefined : `${String(p.maxPercentage)} %`, p.maxQuantity === null ? undefined : formatQuantity(p.maxQuantity)].filter(Boolean).join(' or ') || '—';

/** The plans, each run now or deleted from its row, and a form for a new one. */
export function Plans() {
  // The access list of creating, running and deleting plans; workers only read them.
  const mayChange = useMay('warehouse_manager', 'planner');
  const list = useListState('plans', ['warehouseId']);
  const warehouses = useWarehouseOptions();
  const plans = useCycleCountPlans(list.query);
  const run = useRunCycleCountPlan();
  const [deleting, setDeleting] = useState<string>();
  const remove = useDeleteCycleCountPlan(deleting ?? '', { onSuccess: () => setDeleting(undefined) });
  const columns: Column<Plan>[] = [
    { header: 'Plan', sortKey: 'planId', cell: (p) => p.planId },
    { header: 'Warehouse', sortKey: 'warehouseId', cell: (p) => p.warehouseId },
    { header: 'Locations', cell: (p) => p.locationIds?.join(', ') ?? 'All that allow cycle counting' },
    { header: 'Item', sortKey: 'itemNumber', cell: (p) => p.itemNumber ?? 'All items' },
    { header: 'Days between counts', sortKey: 'daysBetweenCounts', numeric: true, cell: (p) => p.daysBetweenCounts },
    { header: 'Counts per run', sortKey: 'maxCounts', numeric: true, cell: (p) => p.maxCounts },
    { header: 'Tolerance', cell: tolerance },
    { header: 'Created', sortKey: 'createdAt', cell: (p) => formatDateTime(p.createdAt) },
    ...(mayChange
      ? [
          {
            header: 'Actions',
            cell: (p: Plan) => (
              <div className="qs-row">
                <Button variant="secondary" aria-label={`Run now: plan ${p.planId}`} busy={run.isPending && run.variables === p.planId} onClick={() => run.mutate(p.planId)}>
                  Run now
                </Button>
                <Button variant="danger" aria-label={`Delete plan ${p.planId}`} onClick={() => setDeleting(p.planId)}>
                  Delete
                </Button>
              </div>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card title="Plans">
      <FilterForm label="Filter plans" prefix="plans" list={list} fields={[{ name: 'warehouseId', label: 'Warehouse', options: warehouses }]} />
      <ProblemAlert error={run.error} />
      {run.data && <CreatedWork title={`Plan ${run.variables}`} items={run.data.items} />}
      {deleting && <ConfirmDelete what={`plan ${deleting}`} consequence="Its background process goes too; work it created stays." remove={remove} onKeep={() => setDeleting(undefined)} />}
      <DataTable caption="Cycle counting plans" columns={columns} query={plans} rowKey={(p) => p.planId} list={list} exportPath="/api/v1/cycle-count-plans" empty="No plans match." />
      {mayChange && <NewPlan />}
    </Card>
  );
}

function NewPlan() {
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
    <form className="qs-stack" onSubmit={submit} aria-label="New plan">
      <h3>New plan</h3>
      <div className="qs-row">
        <TextField label="Plan id" required value={form.planId} onChange={set('planId')} error={fieldError(create.error, 'planId')} />
        <WarehouseSelect placeholder="Choose…" required value={form.warehouseId} onChange={set('warehouseId')} />
        <TextField label="Locations (optional)" hint="Default: every location whose profile allows cycle counting" value={form.locationIds} onChange={set('locationIds')} />
        <Lookup kind="item" label="Item (optional)" value={form.itemNumber} onChange={(value) => set('itemNumber')({ target: { value } })} />
        <TextField label="Days between counts" type="number" min="1" required value={form.daysBetweenCounts} onChange={set('daysBetweenCounts')} error={fieldError(create.error, 'daysBetweenCounts')} />
        <TextField label="At most this many counts per run" type="number" min="1" required value={form.maxCounts} onChange={set('maxCounts')} error={fieldError(create.error, 'maxCounts')} />
        <TextField label="Tolerance, % (optional)" type="number" min="0" step="any" value={form.maxPercentage} onChange={set('maxPercentage')} />
        <TextField label="Tolerance, quantity (optional)" type="number" min="0" step="any" value={form.maxQuantity} onChange={set('maxQuantity')} />
      </div>
      <ProblemAlert error={create.error} />
      {create.isSuccess && <Alert tone="ok" title={`Plan ${create.data.planId} created`} />}
      <div>
        <Button type="submit" busy={create.isPending}>
          Create plan
        </Button>
      </div>
    </form>
  );
}
