import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { Alert, Button, Card, fieldError, ProblemAlert, TextField } from '../../ui';
import { optionalNumber, splitIds, WarehouseSelect } from './shared';
import type { Work } from './CycleCountWork';

function CreatedWork({ items }: { items: Work[] }) {
  return (
    <Alert tone="ok" title={`${String(items.length)} cycle count work created`}>
      {items.length === 0 ? 'Nothing is due.' : items.map((w) => `${w.workId} (${w.locationId})`).join(', ')}
    </Alert>
  );
}

/** Thresholds and plans make cycle count work on their own; here they are created and run now. */
export function ThresholdsPlans() {
  return (
    <div className="qs-stack">
      <Thresholds />
      <Plans />
      <p className="qs-muted">Thresholds are also checked every 10 minutes per warehouse, and each plan runs as a background process (Integration monitoring lists both). The API has no list of existing thresholds and plans yet.</p>
    </div>
  );
}

function Thresholds() {
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ thresholdId: '', warehouseId: '', locationId: '', itemNumber: '', thresholdQuantity: '', maxPercentage: '', maxQuantity: '' });
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const create = useMutation({
    mutationFn: () => {
      const optional = { locationId: form.locationId || undefined, itemNumber: form.itemNumber || undefined, maxPercentage: optionalNumber(form.maxPercentage), maxQuantity: optionalNumber(form.maxQuantity) };
      return unwrap(
        api.POST('/api/v1/cycle-count-thresholds', {
          body: { thresholdId: form.thresholdId, warehouseId: form.warehouseId, thresholdQuantity: Number(form.thresholdQuantity), ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) },
        }),
      );
    },
  });
  const [evaluateIn, setEvaluateIn] = useState('');
  const evaluate = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/cycle-count-thresholds/evaluate', { body: evaluateIn ? { warehouseId: evaluateIn } : {} })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['cycle-count-work'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Card title="Thresholds">
      <form className="qs-stack" onSubmit={submit} aria-label="New threshold">
        <h3>New threshold</h3>
        <div className="qs-row">
          <TextField label="Threshold id" required value={form.thresholdId} onChange={set('thresholdId')} error={fieldError(create.error, 'thresholdId')} />
          <WarehouseSelect placeholder="Choose…" required value={form.warehouseId} onChange={set('warehouseId')} />
          <TextField label="Location (optional)" value={form.locationId} onChange={set('locationId')} error={fieldError(create.error, 'locationId')} />
          <TextField label="Item (optional)" value={form.itemNumber} onChange={set('itemNumber')} error={fieldError(create.error, 'itemNumber')} />
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
      <h3>Evaluate now</h3>
      <div className="qs-row">
        <WarehouseSelect label="Warehouse to evaluate" placeholder="All warehouses" value={evaluateIn} onChange={(e) => setEvaluateIn(e.target.value)} />
        <Button variant="secondary" busy={evaluate.isPending} onClick={() => evaluate.mutate()}>
          Evaluate thresholds now
        </Button>
      </div>
      <ProblemAlert error={evaluate.error} />
      {evaluate.data && <CreatedWork items={evaluate.data.items} />}
    </Card>
  );
}

function Plans() {
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ planId: '', warehouseId: '', locationIds: '', itemNumber: '', daysBetweenCounts: '30', maxCounts: '20', maxPercentage: '', maxQuantity: '' });
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const create = useMutation({
    mutationFn: () => {
      const locationIds = splitIds(form.locationIds);
      const optional = { itemNumber: form.itemNumber || undefined, maxPercentage: optionalNumber(form.maxPercentage), maxQuantity: optionalNumber(form.maxQuantity) };
      return unwrap(
        api.POST('/api/v1/cycle-count-plans', {
          body: {
            planId: form.planId,
            warehouseId: form.warehouseId,
            daysBetweenCounts: Number(form.daysBetweenCounts),
            maxCounts: Number(form.maxCounts),
            ...(locationIds.length > 0 ? { locationIds } : {}),
            ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
          },
        }),
      );
    },
    onSuccess: (plan) => setRunId(plan.planId),
  });
  const [runId, setRunId] = useState('');
  const run = useMutation({
    mutationFn: (planId: string) => unwrap(api.POST('/api/v1/cycle-count-plans/{planId}/run', { params: { path: { planId } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['cycle-count-work'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Card title="Plans">
      <form className="qs-stack" onSubmit={submit} aria-label="New plan">
        <h3>New plan</h3>
        <div className="qs-row">
          <TextField label="Plan id" required value={form.planId} onChange={set('planId')} error={fieldError(create.error, 'planId')} />
          <WarehouseSelect placeholder="Choose…" required value={form.warehouseId} onChange={set('warehouseId')} />
          <TextField label="Locations (optional)" hint="Default: every location whose profile allows cycle counting" value={form.locationIds} onChange={set('locationIds')} />
          <TextField label="Item (optional)" value={form.itemNumber} onChange={set('itemNumber')} />
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
      <h3>Run a plan now</h3>
      <div className="qs-row">
        <TextField label="Plan to run" value={runId} onChange={(e) => setRunId(e.target.value)} />
        <Button variant="secondary" disabled={!runId} busy={run.isPending} onClick={() => run.mutate(runId)}>
          Run plan now
        </Button>
      </div>
      <ProblemAlert error={run.error} />
      {run.data && <CreatedWork items={run.data.items} />}
    </Card>
  );
}
