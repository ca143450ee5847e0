import { useState, type FormEvent } from 'react';
import { useCountingJournalNames, useCreateCountingJournalName, useToggleJournalNameUpdateLog, type JournalName } from '../../api/counting-journals';
import { Button, Card, DataTable, fieldError, ProblemAlert, TextField, type Column } from '../../ui';
import { useMay } from '../../auth/roles';

/** Journal names, and whether their postings reach the warehouse inventory update log. */
export function JournalNames() {
  // Counting decisions (posting, review) are the managers'; planners see and create work.
  const mayDecide = useMay('warehouse_manager');
  const names = useCountingJournalNames();
  const toggle = useToggleJournalNameUpdateLog();
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
  const [form, setForm] = useState({ journalNameId: '', description: '', exclude: false });
  const create = useCreateCountingJournalName({ onSuccess: () => setForm({ journalNameId: '', description: '', exclude: false }) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ journalNameId: form.journalNameId, description: form.description, excludeFromWarehouseInventoryUpdateLogs: form.exclude });
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
