import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import type { ResponseOf } from '../../api/types';
import { useCreateWaveTemplate, useDeleteWaveTemplate, useSaveOutboundAutomation, useUpdateWaveTemplate, useWaveTemplateList, type WaveTemplateBody as WaveTemplate } from '../../api/wave-templates';
import { Alert, Button, Card, ConfirmButton, DataTable, FilterForm, ProblemAlert, SelectField, TextField, fieldError, useListState, type Column, Lookup } from '../../ui';
import { useReleaseOptions } from './ReleaseOptions';
import { useMay } from '../../auth/roles';
import { useWarehouseOptions } from '../../api/warehouses';

type TemplateRow = ResponseOf<'/api/v1/wave-templates', 'get'>['items'][number];

export function OutboundSettings() {
  const { t } = useTranslation('outbound');
  const may = useMay('warehouse_manager');
  // The template a manager picked from the table to change or delete; the form below edits it.
  const [editing, setEditing] = useState<TemplateRow>();
  const [deleted, setDeleted] = useState<string>();
  return (
    <>
      {may ? <OutboundAutomation /> : <Alert tone="warn">{t('settings.onlyManagers')}</Alert>}
      <WaveTemplates
        {...(may
          ? {
              onSelect: (row: TemplateRow) => {
                setDeleted(undefined);
                setEditing(row);
              },
            }
          : {})}
        selected={editing?.waveTemplateId}
      />
      {deleted && <Alert tone="ok">{t('settings.deleted', { id: deleted })}</Alert>}
      {may && (
        <WaveTemplateForm
          key={editing?.waveTemplateId ?? 'new'}
          {...(editing ? { editing } : {})}
          onDone={(removed) => {
            setDeleted(removed);
            setEditing(undefined);
          }}
        />
      )}
    </>
  );
}

function WaveTemplates({ onSelect, selected }: { onSelect?: (row: TemplateRow) => void; selected: string | undefined }) {
  const { t } = useTranslation('outbound');
  const list = useListState('wt', ['warehouseId']);
  const warehouses = useWarehouseOptions();
  const templates = useWaveTemplateList(list.query);
  const columns: Column<TemplateRow>[] = [
    { header: t('settings.waveTemplate'), cell: (r) => r.waveTemplateId, sortKey: 'waveTemplateId' },
    { header: t('settings.warehouse'), cell: (r) => r.warehouseId, sortKey: 'warehouseId' },
    { header: t('settings.sequence'), cell: (r) => r.sequence ?? '—', sortKey: 'sequence', numeric: true },
    { header: t('settings.processAt'), cell: (r) => (r.processAt === 'Threshold' ? t('settings.thresholdOf', { count: r.thresholdShipments ?? 0 }) : t(`settings.when.${r.processAt as 'Release'}`, { defaultValue: r.processAt })), sortKey: 'processAt' },
    { header: t('settings.putLocation'), cell: (r) => r.putLocationId },
    { header: t('settings.sourceSystem'), cell: (r) => r.sourceSystemId ?? t('settings.any'), sortKey: 'sourceSystemId' },
    { header: t('settings.carrier'), cell: (r) => r.shippingCarrierId ?? t('settings.any'), sortKey: 'shippingCarrierId' },
    { header: t('settings.deliveryMode'), cell: (r) => r.deliveryModeCode ?? t('settings.any'), sortKey: 'deliveryModeCode' },
  ];
  return (
    <Card title={t('settings.templates')}>
      <FilterForm label={t('settings.filter')} prefix="wt" list={list} fields={[{ name: 'warehouseId', label: t('settings.warehouse'), options: warehouses }]} />
      <DataTable
        caption={t('settings.templates')}
        columns={columns}
        query={templates}
        rowKey={(r) => r.waveTemplateId}
        list={list}
        exportPath="/api/v1/wave-templates"
        empty={t('settings.empty')}
        {...(onSelect ? { onSelect } : {})}
        {...(selected ? { selectedKey: selected } : {})}
      />
    </Card>
  );
}

function OutboundAutomation() {
  const { t } = useTranslation('outbound');
  const warehouses = useWarehouseOptions();
  const [chosen, setChosen] = useState('');
  const warehouseId = chosen || warehouses[0]?.value || '';
  const release = useReleaseOptions();
  const save = useSaveOutboundAutomation();
  return (
    <Card title={t('settings.automation')}>
      <p className="qs-muted">{t('settings.automationHint')}</p>
      <div className="qs-row">
        <SelectField label={t('settings.warehouseLabel')} options={warehouses} value={warehouseId} onChange={(e) => setChosen(e.target.value)} />
        {release.fields}
        <Button disabled={!warehouseId} busy={save.isPending} onClick={() => save.mutate({ warehouseId, ...release.options })}>
          {t('settings.saveAutomation')}
        </Button>
      </div>
      <ProblemAlert error={save.error} />
      {save.data && <Alert tone="ok">Scheduled for {save.data.warehouseId}: background processes {save.data.processIds.join(', ')}.</Alert>}
    </Card>
  );
}

const EMPTY = { waveTemplateId: '', warehouseId: '', processAt: 'Release', putLocationId: '', thresholdShipments: '', sequence: '10', sourceSystemId: '', shippingCarrierId: '', deliveryModeCode: '' };

/** The form's text fields for a template from the table. */
const formOf = (row: TemplateRow): typeof EMPTY => ({
  waveTemplateId: row.waveTemplateId,
  warehouseId: row.warehouseId,
  processAt: row.processAt,
  putLocationId: row.putLocationId,
  thresholdShipments: row.thresholdShipments == null ? '' : String(row.thresholdShipments),
  sequence: String(row.sequence ?? 10),
  sourceSystemId: row.sourceSystemId ?? '',
  shippingCarrierId: row.shippingCarrierId ?? '',
  deliveryModeCode: row.deliveryModeCode ?? '',
});

function WaveTemplateForm({ editing, onDone }: { editing?: TemplateRow; onDone: (deleted?: string) => void }) {
  const { t } = useTranslation('outbound');
  const warehouses = useWarehouseOptions();
  const [form, setForm] = useState(() => (editing ? formOf(editing) : EMPTY));
  const set = (name: keyof typeof EMPTY, value: string) => setForm((f) => ({ ...f, [name]: value }));
  const create = useCreateWaveTemplate({ onSuccess: () => setForm(EMPTY) });
  const update = useUpdateWaveTemplate();
  const remove = useDeleteWaveTemplate({ onSuccess: (_, id) => onDone(id) });
  const save = editing ? update : create;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      warehouseId: form.warehouseId || warehouses[0]?.value || '',
      processAt: form.processAt as WaveTemplate['processAt'],
      putLocationId: form.putLocationId,
      sequence: Number(form.sequence || 10),
      ...(form.processAt === 'Threshold' && form.thresholdShipments ? { thresholdShipments: Number(form.thresholdShipments) } : {}),
      ...(form.sourceSystemId ? { sourceSystemId: form.sourceSystemId } : {}),
      ...(form.shippingCarrierId ? { shippingCarrierId: form.shippingCarrierId } : {}),
      ...(form.deliveryModeCode ? { deliveryModeCode: form.deliveryModeCode } : {}),
    };
    if (editing) update.mutate({ waveTemplateId: editing.waveTemplateId, ...body });
    else create.mutate({ waveTemplateId: form.waveTemplateId, ...body });
  };
  const err = (field: string) => fieldError(save.error, field);
  const title = editing ? t('settings.editTemplate', { id: editing.waveTemplateId }) : t('settings.newTemplate');
  return (
    <Card title={title}>
      <p className="qs-muted">{editing ? t('settings.editHint') : t('settings.newHint')}</p>
      <form className="qs-stack" onSubmit={submit} aria-label={title}>
        <div className="qs-row">
          <TextField label={t('settings.templateId')} required disabled={editing !== undefined} value={form.waveTemplateId} onChange={(e) => set('waveTemplateId', e.target.value)} error={err('waveTemplateId')} />
          <SelectField label={t('settings.warehouseLabel')} options={warehouses} value={form.warehouseId || warehouses[0]?.value || ''} onChange={(e) => set('warehouseId', e.target.value)} error={err('warehouseId')} />
          <SelectField
            label={t('settings.processAtLabel')}
            options={[
              { value: 'Release', label: t('settings.when.Release') },
              { value: 'Threshold', label: t('settings.when.Threshold') },
              { value: 'Manual', label: t('settings.when.Manual') },
            ]}
            value={form.processAt}
            onChange={(e) => set('processAt', e.target.value)}
          />
          {form.processAt === 'Threshold' && (
            <TextField label={t('settings.threshold')} type="number" min="1" value={form.thresholdShipments} onChange={(e) => set('thresholdShipments', e.target.value)} error={err('thresholdShipments')} />
          )}
          <TextField label={t('settings.putLocationLabel')} required value={form.putLocationId} onChange={(e) => set('putLocationId', e.target.value)} hint={t('settings.putHint')} error={err('putLocationId')} />
          <TextField label={t('settings.sequenceLabel')} type="number" min="0" value={form.sequence} onChange={(e) => set('sequence', e.target.value)} error={err('sequence')} />
        </div>
        <div className="qs-row">
          <Lookup kind="sourceSystem" label={t('settings.sourceSystemOptional')} value={form.sourceSystemId} onChange={(value) => set('sourceSystemId', value)} />
          <TextField label={t('settings.carrierOptional')} value={form.shippingCarrierId} onChange={(e) => set('shippingCarrierId', e.target.value)} />
          <TextField label={t('settings.deliveryModeOptional')} value={form.deliveryModeCode} onChange={(e) => set('deliveryModeCode', e.target.value)} />
        </div>
        <div className="qs-row">
          <Button type="submit" busy={save.isPending}>
            {editing ? t('settings.save') : t('settings.create')}
          </Button>
          {editing && (
            <>
              <Button variant="secondary" onClick={() => onDone()}>
                {t('settings.close')}
              </Button>
              <ConfirmButton
                question={t('settings.deleteQuestion', { id: editing.waveTemplateId })}
                consequences={t('settings.deleteConsequences')}
                busy={remove.isPending}
                onConfirm={() => remove.mutate(editing.waveTemplateId)}
              >
                {t('settings.delete')}
              </ConfirmButton>
            </>
          )}
        </div>
        <ProblemAlert error={save.error} />
        <ProblemAlert error={remove.error} />
        {create.data && <Alert tone="ok">{t('settings.created', { id: create.data.waveTemplateId })}</Alert>}
        {update.data && <Alert tone="ok">{t('settings.saved', { id: update.data.waveTemplateId })}</Alert>}
      </form>
    </Card>
  );
}
