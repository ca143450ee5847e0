import { useState, type FormEvent } from 'react';
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
  // The access list of creating, evaluating and deleting thresholds; workers only read them.
  const mayChange = useMay('warehouse_manager', 'planner');
  const list = useListState('thresholds', ['warehouseId']);
  const warehouses = useWarehouseOptions();
  const thresholds = useCycleCountThresholds(list.query);
  // Thresholds carry no unit; one for an item is in that item's inventory unit.
  const unitOf = useInventoryUnits(thresholds.data?.items.flatMap((t) => (t.itemNumber ? [t.itemNumber] : [])) ?? []);
  const quantity = (t: Threshold, value: number | null) => (value === null ? '—' : formatQuantity(value, t.itemNumber ? unitOf(t.itemNumber) : undefined));
  const [deleting, setDeleting] = useState<string>();
  const remove = useDeleteCycleCountThreshold(deleting ?? '', { onSuccess: () => setDeleting(undefined) });
  const columns: Column<Threshold>[] = [
    { header: 'Threshold', sortKey: 'thresholdId', cell: (t) => t.thresholdId },
    { header: 'Warehouse', sortKey: 'warehouseId', cell: (t) => t.warehouseId },
    { header: 'Location', sortKey: 'locationId', cell: (t) => t.locationId ?? 'Every location' },
    { header: 'Item', sortKey: 'itemNumber', cell: (t) => t.itemNumber ?? 'All items' },
    { header: 'Count below', sortKey: 'thresholdQuantity', numeric: true, cell: (t) => quantity(t, t.thresholdQuantity) },
    { header: 'Tolerance', cell: (t) => [t.maxPercentage === null ? undefined : `${String(t.maxPercentage)} %`, t.maxQuantity === null ? undefined : quantity(t, t.maxQuantity)].filter(Boolean).join(' or ') || '—' },
    ...(mayChange
      ? [
          {
            header: 'Actions',
            cell: (t: Threshold) => (
              <Button variant="danger" aria-label={`Delete threshold ${t.thresholdId}`} onClick={() => setDeleting(t.thresholdId)}>
                Delete
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card title="Thresholds">
      <FilterForm label="Filter thresholds" prefix="thresholds" list={list} fields={[{ name: 'warehouseId', label: 'Warehouse', options: warehouses }]} />
      {deleting && <ConfirmDelete what={`threshold ${deleting}`} consequence="Work it created stays; the warehouse's background check goes with its last threshold." remove={remove} onKeep={() => setDeleting(undefined)} />}
      <DataTable caption="Cycle counting thresholds" columns={columns} query={thresholds} rowKey={(t) => t.thresholdId} list={list} exportPath="/api/v1/cycle-count-thresholds" empty="No thresholds match." />
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
  const [form, setForm] = useState({ thresholdId: '', warehouseId: '', locationId: '', itemNumber: '', thresholdQuantity: '', maxPercentage: '', maxQuantity: '' });
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const create = useCreateCycleCountThreshold();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const optional = { locationId: form.locationId || undefined, itemNumber: form.itemNumber || undefined, maxPercentage: optionalNumber(form.maxPercentage), maxQuantity: optionalNumber(form.maxQuantity) };
    create.mutate({ thresholdId: form.thresholdId, warehouseId: form.warehouseId, thresholdQuantity: Number(form.thresholdQuantity), ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) });
  };
  return (
    <form className="qs-stack" onSubmit={submit} aria-label="New threshold">
      <h3>New threshold</h3>
      <div className="qs-row">
        <TextField label="Threshold id" required value={form.thresholdId} onChange={set('thresholdId')} error={fieldError(create.error, 'thresholdId')} />
        <WarehouseSelect placeholder="Choose…" required value={form.warehouseId} onChange={set('warehouseId')} />
        <Lookup kind="location" label="Location (optional)" scope={form.warehouseId ? { warehouseId: form.warehouseId } : undefined} value={form.locationId} onChange={(value) => set('locationId')({ target: { value } })} error={fieldError(create.error, 'locationId')} />
        <Lookup kind="item" label="Item (optional)" value={form.itemNumber} onChange={(value) => set('itemNumber')({ target: { value } })} error={fieldError(create.error, 'itemNumber')} />
        <TextField label="Count when on-hand is below" type="number" min="0" step="any" required value={form.thresholdQuantity} onChange={set('thresholdQuantity')} error={fieldError(create.error, 'thresholdQuantity')} />
        <TextField label="Tolerance, % (optional)" type="number" min="0" step="any" value={form.maxPercentage} onChange={set('maxPercentage')} />
        <TextField label="Tolerance, quantity (optional)" type="number" min="0" step="any" value={form.maxQuantity} onChange={set('maxQuantity')} />
      </div>
      <ProblemAlert error={create.error} />
      {create.isSuccess && <Alert tone="ok" title={`Threshold ${create.data.thresholdId} created`} />}
      <div>
        <Button type="submit" busy={create.isPending}>
          Create threshold
        </Button>
      </div>
    </form>
  );
}

function EvaluateNow() {
  const [evaluateIn, setEvaluateIn] = useState('');
  const evaluate = useEvaluateThresholds();
  return (
    <>
      <h3>Evaluate now</h3>
      <div className="qs-row">
        <WarehouseSelect label="Warehouse to evaluate" placeholder="All warehouses" value={evaluateIn} onChange={(e) => setEvaluateIn(e.target.value)} />
        <Button variant="secondary" busy={evaluate.isPending} onClick={() => evaluate.mutate(evaluateIn ? { warehouseId: evaluateIn } : {})}>
          Evaluate thresholds now
        </Button>
      </div>
      <ProblemAlert error={evaluate.error} />
      {evaluate.data && <CreatedWork title="Thresholds" items={evaluate.data.items} />}
    </>
  );
}
