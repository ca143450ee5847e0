import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCreateCycleCountWork, useCycleCountWorkList } from '../../api/cycle-counting';
import type { ResponseOf } from '../../api/types';
import { Alert, Button, Card, type Column, DataTable, fieldError, FilterForm, formatDateTime, type ListState, ProblemAlert, SelectField, StatusPill, TextField, useListState, Lookup } from '../../ui';
import { optionalNumber, splitIds, WarehouseSelect } from './shared';

export type Work = ResponseOf<'/api/v1/cycle-count-work', 'get'>['items'][number];

export const WORK_PATH = '/workspaces/counting/work';

export function workColumns(): Column<Work>[] {
  return [
    { header: 'Work', sortKey: 'workId', cell: (w) => w.workId },
    { header: 'Warehouse', sortKey: 'warehouseId', cell: (w) => w.warehouseId },
    { header: 'Location', sortKey: 'locationId', cell: (w) => w.locationId },
    { header: 'Item', sortKey: 'itemNumber', cell: (w) => w.itemNumber ?? 'All items' },
    { header: 'Created by', sortKey: 'createdBy', cell: (w) => (w.originId ? `${w.createdBy} ${w.originId}` : w.createdBy) },
    { header: 'Status', sortKey: 'status', cell: (w) => <StatusPill status={w.status} /> },
    { header: 'Outcome', sortKey: 'outcome', cell: (w) => <StatusPill status={w.outcome} /> },
    { header: 'Recounts', sortKey: 'recounts', numeric: true, cell: (w) => w.recounts },
    { header: 'Counted', sortKey: 'countedAt', cell: (w) => (w.countedAt ? `${formatDateTime(w.countedAt)} by ${w.countedBy ?? '—'}` : '—') },
    { header: 'Created', sortKey: 'createdAt', cell: (w) => formatDateTime(w.createdAt) },
  ];
}

export function useWorkList(list: ListState, status?: string) {
  return useCycleCountWorkList({ ...list.query, ...(status ? { status } : {}) });
}

export function CycleCountWork() {
  const list = useListState('work', ['status', 'warehouseId', 'locationId']);
  const navigate = useNavigate();
  const query = useWorkList(list);
  return (
    <div className="qs-stack">
      <CreateWork />
      <Card title="Cycle count work">
        <FilterForm
          label="Filter cycle count work"
          prefix="work"
          list={list}
          fields={[
            { name: 'status', label: 'Status', options: [{ value: 'Open', label: 'Open' }, { value: 'PendingReview', label: 'Pending review' }, { value: 'Closed', label: 'Closed' }] },
            { name: 'warehouseId', label: 'Warehouse' },
            { name: 'locationId', label: 'Location' },
          ]}
        />
        <DataTable caption="Cycle count work" columns={workColumns()} query={query} rowKey={(w) => w.workId} list={list} onSelect={(w) => void navigate(`${WORK_PATH}/${w.workId}`)} empty="No cycle count work matches." />
      </Card>
    </div>
  );
}

function CreateWork() {
  const [form, setForm] = useState({ warehouseId: '', by: 'location', locations: '', itemNumber: '', maxWork: '', maxPercentage: '', maxQuantity: '' });
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const create = useCreateCycleCountWork();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const limits = { maxWork: optionalNumber(form.maxWork), maxPercentage: optionalNumber(form.maxPercentage), maxQuantity: optionalNumber(form.maxQuantity) };
    const defined = Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined));
    create.mutate({ warehouseId: form.warehouseId, ...(form.by === 'location' ? { locationIds: splitIds(form.locations) } : { itemNumber: form.itemNumber }), ...defined });
  };
  return (
    <Card title="New cycle count work">
      <form className="qs-stack" onSubmit={submit} aria-label="New cycle count work">
        <div className="qs-row">
          <WarehouseSelect placeholder="Choose…" required value={form.warehouseId} onChange={set('warehouseId')} error={fieldError(create.error, 'warehouseId')} />
          <SelectField label="Count" options={[{ value: 'location', label: 'These locations' }, { value: 'item', label: 'Every location holding an item' }]} value={form.by} onChange={set('by')} />
          {form.by === 'location' ? (
            <TextField label="Locations" hint="Separated by commas or spaces" required value={form.locations} onChange={set('locations')} error={fieldError(create.error, 'locationIds')} />
          ) : (
            <Lookup kind="item" label="Item number" required value={form.itemNumber} onChange={(value) => set('itemNumber')({ target: { value } })} error={fieldError(create.error, 'itemNumber')} />
          )}
        </div>
        <div className="qs-row">
          <TextField label="At most this many (optional)" type="number" min="1" value={form.maxWork} onChange={set('maxWork')} />
          <TextField label="Tolerance, % (optional)" type="number" min="0" step="any" value={form.maxPercentage} onChange={set('maxPercentage')} />
          <TextField label="Tolerance, quantity (optional)" type="number" min="0" step="any" hint="Without a tolerance any difference a worker counts goes to review." value={form.maxQuantity} onChange={set('maxQuantity')} />
        </div>
        <ProblemAlert error={create.error} />
        {create.data && <Alert tone="ok" title={`${String(create.data.items.length)} cycle count work created`}>{create.data.items.map((w) => `${w.workId} (${w.locationId})`).join(', ') || 'Every location already has open work.'}</Alert>}
        <div>
          <Button type="submit" busy={create.isPending}>
            Create work
          </Button>
        </div>
      </form>
    </Card>
  );
}
