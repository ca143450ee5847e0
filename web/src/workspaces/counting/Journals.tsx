import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
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
  const { t } = useTranslation('counting');
  const list = useListState('journals', ['status', 'warehouseId']);
  const navigate = useNavigate();
  const query = useCountingJournalList(list.query);
  const columns: Column<Journal>[] = [
    { header: t('journals.journal'), sortKey: 'journalId', cell: (j) => j.journalId },
    { header: t('journals.name'), sortKey: 'journalNameId', cell: (j) => j.journalNameId },
    { header: t('journals.description'), sortKey: 'description', cell: (j) => j.description || '—' },
    { header: 'Warehouse', sortKey: 'warehouseId', cell: (j) => j.warehouseId },
    { header: t('journals.countingBy'), sortKey: 'countingBy', cell: (j) => t(`journals.by.${j.countingBy as 'Location'}`, { defaultValue: j.countingBy }) },
    { header: 'Status', sortKey: 'status', cell: (j) => <StatusPill status={j.status} /> },
    { header: t('journals.createdAt'), sortKey: 'createdAt', cell: (j) => t('journals.byWhom', { at: formatDateTime(j.createdAt), who: j.createdBy }) },
    { header: t('journals.postedAt'), sortKey: 'postedAt', cell: (j) => (j.postedAt ? t('journals.byWhom', { at: formatDateTime(j.postedAt), who: j.postedBy ?? '—' }) : '—') },
  ];
  return (
    <div className="qs-stack">
      <CreateJournal />
      <Card title={t('journals.title')}>
        <FilterForm
          label={t('journals.filter')}
          prefix="journals"
          list={list}
          fields={[
            { name: 'status', label: t('journals.status'), options: ['Open', t('journals.postedAt')] },
            { name: 'warehouseId', label: t('journals.warehouse') },
          ]}
        />
        <DataTable caption={t('journals.caption')} columns={columns} query={query} rowKey={(j) => j.journalId} list={list} exportPath="/api/v1/counting-journals" onSelect={(j) => void navigate(`/workspaces/counting/journals/${j.journalId}`)} empty={t('journals.empty')} />
      </Card>
    </div>
  );
}

function CreateJournal() {
  const { t } = useTranslation('counting');
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
  const by = t(`journals.which.${form.countingBy as 'Location'}`, { defaultValue: t('journals.which.Location') });
  return (
    <Card title={t('journals.newTitle')}>
      <form className="qs-stack" onSubmit={submit} aria-label={t('journals.newTitle')}>
        <div className="qs-row">
          <SelectField label={t('journals.journalName')} placeholder={t('journals.defaultName')} options={(names.data ?? []).map((n) => ({ value: n.journalNameId, label: `${n.journalNameId} · ${n.description}` }))} value={form.journalNameId} onChange={set('journalNameId')} />
          <WarehouseSelect placeholder={t('journals.choose')} required value={form.warehouseId} onChange={set('warehouseId')} error={fieldError(create.error, 'warehouseId')} />
          <SelectField label={t('journals.countBy')} options={COUNTING_BY.map((c) => ({ value: c.value, label: t(`journals.by.${c.value}`) }))} value={form.countingBy} onChange={set('countingBy')} />
          <Lookup kind="owner" label={t('journals.owner')} value={form.ownerId} onChange={(value) => set('ownerId')({ target: { value } })} error={fieldError(create.error, 'ownerId')} />
        </div>
        <TextAreaField label={by} hint={t('journals.valuesHint')} rows={2} required value={form.values} onChange={set('values')} error={fieldError(create.error, 'values')} />
        <TextField label={t('journals.descriptionOptional')} value={form.description} onChange={set('description')} />
        <ProblemAlert error={create.error} />
        <div>
          <Button type="submit" busy={create.isPending}>
            {t('journals.create')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
