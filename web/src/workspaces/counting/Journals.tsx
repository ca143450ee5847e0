import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCountingJournalList, useCountingJournalNames, useCreateCountingJournal } from '../../api/counting-journals';
import type { ResponseOf } from '../../api/types';
import { Button, Card, type Column, DataTable, fieldError, FilterForm, formatDateTime, ProblemAlert, SelectField, StatusPill, TextAreaField, TextField, useListState, Lookup } from '../../ui';
import { splitIds, WarehouseSelect } from './shared';

type Journal = ResponseOf<'/api/v1/counting-journals', 'get'>['items'][number];

const COUNTING_BY = [
  { value: 'Location', label: 'Locations' },
  { value: 'Item', label: 'Items' },
  { value: 'LicensePlate', label: 'License plates' },
] as const;

export function JournalList() {
  const list = useListState('journals', ['status', 'warehouseId']);
  const navigate = useNavigate();
  const query = useCountingJournalList(list.query);
  const columns: Column<Journal>[] = [
    { header: 'Journal', sortKey: 'journalId', cell: (j) => j.journalId },
    { header: 'Name', sortKey: 'journalNameId', cell: (j) => j.journalNameId },
    { header: 'Description', sortKey: 'description', cell: (j) => j.description || '—' },
    { header: 'Warehouse', sortKey: 'warehouseId', cell: (j) => j.warehouseId },
    { header: 'Counting by', sortKey: 'countingBy', cell: (j) => j.countingBy },
    { header: 'Status', sortKey: 'status', cell: (j) => <StatusPill status={j.status} /> },
    { header: 'Created', sortKey: 'createdAt', cell: (j) => `${formatDateTime(j.createdAt)} by ${j.createdBy}` },
    { header: 'Posted', sortKey: 'postedAt', cell: (j) => (j.postedAt ? `${formatDateTime(j.postedAt)} by ${j.postedBy ?? '—'}` : '—') },
  ];
  return (
    <div className="qs-stack">
      <CreateJournal />
      <Card title="Counting journals">
        <FilterForm
          label="Filter counting journals"
          prefix="journals"
          list={list}
          fields={[
            { name: 'status', label: 'Status', options: ['Open', 'Posted'] },
            { name: 'warehouseId', label: 'Warehouse' },
          ]}
        />
        <DataTable caption="Counting journals, newest first" columns={columns} query={query} rowKey={(j) => j.journalId} list={list} exportPath="/api/v1/counting-journals" onSelect={(j) => void navigate(`/workspaces/counting/journals/${j.journalId}`)} empty="No counting journals yet." />
      </Card>
    </div>
  );
}

function CreateJournal() {
  const navigate = useNavigate();
  const names = useCountingJournalNames();
  const [form, setForm] = useState({ journalNameId: '', description: '', warehouseId: '', countingBy: 'Location', values: '', ownerId: '' });
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const create = useCreateCountingJournal({ onSuccess: (journal) => void navigate(`/workspaces/counting/journals/${journal.journalId}`) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({
      warehouseId: form.warehouseId,
      countingBy: form.countingBy as 'Location' | 'Item' | 'LicensePlate',
      values: splitIds(form.values),
      ...(form.journalNameId ? { journalNameId: form.journalNameId } : {}),
      ...(form.description ? { description: form.description } : {}),
      ...(form.ownerId ? { ownerId: form.ownerId } : {}),
    });
  };
  const by = COUNTING_BY.find((c) => c.value === form.countingBy)?.label.toLowerCase() ?? 'values';
  return (
    <Card title="New counting journal">
      <form className="qs-stack" onSubmit={submit} aria-label="New counting journal">
        <div className="qs-row">
          <SelectField label="Journal name" placeholder="Counting (default)" options={(names.data ?? []).map((n) => ({ value: n.journalNameId, label: `${n.journalNameId} · ${n.description}` }))} value={form.journalNameId} onChange={set('journalNameId')} />
          <WarehouseSelect placeholder="Choose…" required value={form.warehouseId} onChange={set('warehouseId')} error={fieldError(create.error, 'warehouseId')} />
          <SelectField label="Count by" options={COUNTING_BY} value={form.countingBy} onChange={set('countingBy')} />
          <Lookup kind="owner" label="Owner (optional)" value={form.ownerId} onChange={(value) => set('ownerId')({ target: { value } })} error={fieldError(create.error, 'ownerId')} />
        </div>
        <TextAreaField label={`Which ${by}`} hint="Separate them with commas, spaces or new lines." rows={2} required value={form.values} onChange={set('values')} error={fieldError(create.error, 'values')} />
        <TextField label="Description (optional)" value={form.description} onChange={set('description')} />
        <ProblemAlert error={create.error} />
        <div>
          <Button type="submit" busy={create.isPending}>
            Create journal
          </Button>
        </div>
      </form>
    </Card>
  );
}
