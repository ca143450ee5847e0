import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { useCountingJournalNames, useCreateCountingJournalName, useToggleJournalNameUpdateLog, type JournalName } from '../../api/counting-journals';
import { Button, Card, DataTable, fieldError, ProblemAlert, TextField, type Column } from '../../ui';
import { useMay } from '../../auth/roles';

/** Journal names, and whether their postings reach the warehouse inventory update log. */
export function JournalNames() {
  const { t } = useTranslation('counting');
  // Counting decisions (posting, review) are the managers'; planners see and create work.
  const mayDecide = useMay('warehouse_manager');
  const names = useCountingJournalNames();
  const toggle = useToggleJournalNameUpdateLog();
  const columns: Column<JournalName>[] = [
    { header: t('names.name'), cell: (n) => n.journalNameId },
    { header: t('names.description'), cell: (n) => n.description || '—' },
    { header: t('names.updateLog'), cell: (n) => (n.excludeFromWarehouseInventoryUpdateLogs ? t('names.excluded') : t('names.included')) },
    ...(mayDecide
      ? [
          {
            header: t('names.change'),
            cell: (n: JournalName) => (
              <Button variant="secondary" busy={toggle.isPending && toggle.variables.journalNameId === n.journalNameId} onClick={() => toggle.mutate(n)}>
                {n.excludeFromWarehouseInventoryUpdateLogs ? t('names.include', { name: n.journalNameId }) : t('names.exclude', { name: n.journalNameId })}
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
      <Card title={t('names.title')}>
        <ProblemAlert error={toggle.error} />
        <DataTable caption={t('names.caption')} columns={columns} query={{ data: page, error: names.error, isPending: names.isPending }} rowKey={(n) => n.journalNameId} />
      </Card>
    </div>
  );
}

function CreateJournalName() {
  const { t } = useTranslation('counting');
  const [form, setForm] = useState({ journalNameId: '', description: '', exclude: false });
  const create = useCreateCountingJournalName({ onSuccess: () => setForm({ journalNameId: '', description: '', exclude: false }) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ journalNameId: form.journalNameId, description: form.description, excludeFromWarehouseInventoryUpdateLogs: form.exclude });
  };
  return (
    <Card title={t('names.newTitle')}>
      <form className="qs-stack" onSubmit={submit} aria-label={t('names.newTitle')}>
        <div className="qs-row">
          <TextField label={t('names.name')} required value={form.journalNameId} onChange={(e) => setForm((f) => ({ ...f, journalNameId: e.target.value }))} error={fieldError(create.error, 'journalNameId')} />
          <TextField label={t('names.description')} required value={form.description} onChange={(e) => setForm((f) => ({ ...f, description: e.target.value }))} error={fieldError(create.error, 'description')} />
        </div>
        <label>
          <input type="checkbox" checked={form.exclude} onChange={(e) => setForm((f) => ({ ...f, exclude: e.target.checked }))} /> Exclude its postings from warehouse inventory update logs
        </label>
        <ProblemAlert error={create.error} />
        <div>
          <Button type="submit" busy={create.isPending}>
            {t('names.create')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
