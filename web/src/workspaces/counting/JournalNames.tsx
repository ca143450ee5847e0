import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { Button, Card, DataTable, fieldError, ProblemAlert, TextField, type Column } from '../../ui';
import { useMay } from '../../auth/roles';

type JournalName = ResponseOf<'/api/v1/counting-journal-names', 'get'>[number];

/** Journal names, and whether their postings reach the warehouse inventory update log. */
export function JournalNames() {
  const queryClient = useQueryClient();
  // Counting decisions (posting, review) are the managers'; planners see and create work.
  const mayDecide = useMay('warehouse_manager');
  const names = useQuery({ queryKey: ['counting-journal-names'], queryFn: () => unwrap(api.GET('/api/v1/counting-journal-names')) });
  const toggle = useMutation({
    mutationFn: (n: JournalName) =>
      unwrap(api.PATCH('/api/v1/counting-journal-names/{journalNameId}', { params: { path: { journalNameId: n.journalNameId } }, body: { excludeFromWarehouseInventoryUpdateLogs: !n.excludeFromWarehouseInventoryUpdateLogs } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['counting-journal-names'] }),
  });
  const columns: Column<JournalName>[] = [
    { header: 'Name', cell: (n) => n.journalNameId },
    { header: 'Description', cell: (n) => n.description || '—' },
    { header: 'Warehouse inventory update log', cell: (n) => (n.excludeFromWarehouseInventoryUpdateLogs ? 'Excluded: reported through the journal lines only' : 'Included') },
    ...(mayDecide
      ? [
          {
            header: 'Change',
            cell: (n: JournalName) => (
              <Button variant="secondary" busy={toggle.isPending && toggle.variables.journalNameId === n.journalNameId} onClick={() => toggle.mutate(n)}>
                {n.excludeFromWarehouseInventoryUpdateLogs ? `Include ${n.journalNameId} in the update log` : `Exclude ${n.journalNameId} from the update log`}
              </Button>
            ),
          },
        ]
      : []),
  ];
  const page = names.data ? { items: names.data, total: names.data.length, limit: names.data.length, offset: 0 } : undefined;
  return (
    <div className="qs-stack">
      {mayDecide && <CreateJournalName />}
      <Card title="Journal names">
        <ProblemAlert error={toggle.error} />
        <DataTable caption="Counting journal names" columns={columns} query={{ data: page, error: names.error, isPending: names.isPending }} rowKey={(n) => n.journalNameId} />
      </Card>
    </div>
  );
}

function CreateJournalName() {
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ journalNameId: '', description: '', exclude: false });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/counting-journal-names', { body: { journalNameId: form.journalNameId, description: form.description, excludeFromWarehouseInventoryUpdateLogs: form.exclude } })),
    onSuccess: () => {
      setForm({ journalNameId: '', description: '', exclude: false });
      void queryClient.invalidateQueries({ queryKey: ['counting-journal-names'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Card title="New journal name">
      <form className="qs-stack" onSubmit={submit} aria-label="New journal name">
        <div className="qs-row">
          <TextField label="Name" required value={form.journalNameId} onChange={(e) => setForm((f) => ({ ...f, journalNameId: e.target.value }))} error={fieldError(create.error, 'journalNameId')} />
          <TextField label="Description" required value={form.description} onChange={(e) => setForm((f) => ({ ...f, description: e.target.value }))} error={fieldError(create.error, 'description')} />
        </div>
        <label>
          <input type="checkbox" checked={form.exclude} onChange={(e) => setForm((f) => ({ ...f, exclude: e.target.checked }))} /> Exclude its postings from warehouse inventory update logs
        </label>
        <ProblemAlert error={create.error} />
        <div>
          <Button type="submit" busy={create.isPending}>
            Create journal name
          </Button>
        </div>
      </form>
    </Card>
  );
}
