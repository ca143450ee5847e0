import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCreateCycleCountWork, useCycleCountWorkList } from '../../api/cycle-counting';
import type { ResponseOf } from '../../api/types';
import { Alert, Button, Card, type Column, DataTable, fieldError, FilterForm, formatDateTime, type ListState, ProblemAlert, SelectField, StatusPill, TextField, useListState, Lookup } from '../../ui';
import { i18n, useTranslation } from '../../i18n';
import { optionalNumber, splitIds, WarehouseSelect } from './shared';

export type Work = ResponseOf<'/api/v1/cycle-count-work', 'get'>['items'][number];

export const WORK_PATH = '/workspaces/counting/work';

export function workColumns(): Column<Work>[] {
  const t = i18n.getFixedT(null, 'counting');
  return [
    { header: t('work.work'), sortKey: 'workId', cell: (w) => w.workId },
    { header: t('work.warehouse'), sortKey: 'warehouseId', cell: (w) => w.warehouseId },
    { header: t('work.location'), sortKey: 'locationId', cell: (w) => w.locationId },
    { header: t('work.item'), sortKey: 'itemNumber', cell: (w) => w.itemNumber ?? t('work.allItems') },
    { header: t('work.createdBy'), sortKey: 'createdBy', cell: (w) => (w.originId ? `${w.createdBy} ${w.originId}` : w.createdBy) },
    { header: t('work.status'), sortKey: 'status', cell: (w) => <StatusPill status={w.status} /> },
    { header: t('work.outcome'), sortKey: 'outcome', cell: (w) => <StatusPill status={w.outcome} /> },
    { header: t('work.recounts'), sortKey: 'recounts', numeric: true, cell: (w) => w.recounts },
    { header: t('work.counted'), sortKey: 'countedAt', cell: (w) => (w.countedAt ? t('journals.byWhom', { at: formatDateTime(w.countedAt), who: w.countedBy ?? '—' }) : '—') },
    { header: t('work.created'), sortKey: 'createdAt', cell: (w) => formatDateTime(w.createdAt) },
  ];
}

export function useWorkList(list: ListState, status?: string) {
  return useCycleCountWorkList({ ...list.query, ...(status ? { status } : {}) });
}

export function CycleCountWork() {
  const { t } = useTranslation('counting');
  const list = useListState('work', ['status', 'warehouseId', 'locationId']);
  const navigate = useNavigate();
  const query = useWorkList(list);
  return (
    <div className="qs-stack">
      <CreateWork />
      <Card title={t('work.title')}>
        <FilterForm
          label={t('work.filter')}
          prefix="work"
          list={list}
          fields={[
            { name: 'status', label: t('work.status'), options: ['Open', 'PendingReview', 'Closed'] },
            { name: 'warehouseId', label: t('work.warehouse') },
            { name: 'locationId', label: t('work.location') },
          ]}
        />
        <DataTable caption={t('work.title')} columns={workColumns()} query={query} rowKey={(w) => w.workId} list={list} onSelect={(w) => void navigate(`${WORK_PATH}/${w.workId}`)} empty={t('work.empty')} />
      </Card>
    </div>
  );
}

function CreateWork() {
  const { t } = useTranslation('counting');
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
    <Card title={t('work.newTitle')}>
      <form className="qs-stack" onSubmit={submit} aria-label={t('work.newTitle')}>
        <div className="qs-row">
          <WarehouseSelect placeholder={t('work.choose')} required value={form.warehouseId} onChange={set('warehouseId')} error={fieldError(create.error, 'warehouseId')} />
          <SelectField label={t('work.count')} options={[{ value: 'location', label: t('work.theseLocations') }, { value: 'item', label: t('work.everyLocationOfItem') }]} value={form.by} onChange={set('by')} />
          {form.by === 'location' ? (
            <TextField label={t('work.locations')} hint={t('work.locationsHint')} required value={form.locations} onChange={set('locations')} error={fieldError(create.error, 'locationIds')} />
          ) : (
            <Lookup kind="item" label={t('work.itemNumber')} required value={form.itemNumber} onChange={(value) => set('itemNumber')({ target: { value } })} error={fieldError(create.error, 'itemNumber')} />
          )}
        </div>
        <div className="qs-row">
          <TextField label={t('work.maxWork')} type="number" min="1" value={form.maxWork} onChange={set('maxWork')} />
          <TextField label={t('work.tolerancePct')} type="number" min="0" step="any" value={form.maxPercentage} onChange={set('maxPercentage')} />
          <TextField label={t('work.toleranceQty')} type="number" min="0" step="any" hint={t('work.toleranceHint')} value={form.maxQuantity} onChange={set('maxQuantity')} />
        </div>
        <ProblemAlert error={create.error} />
        {create.data && <Alert tone="ok" title={t('work.createdCount', { count: create.data.items.length })}>{create.data.items.map((w) => `${w.workId} (${w.locationId})`).join(', ') || t('work.allHaveWork')}</Alert>}
        <div>
          <Button type="submit" busy={create.isPending}>
            {t('work.create')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
