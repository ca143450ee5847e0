import { useState, type FormEvent } from 'react';
import type { ResponseOf } from '../../api/types';
import { useCreateWaveTemplate, useSaveOutboundAutomation, useWaveTemplateList, type WaveTemplateBody as WaveTemplate } from '../../api/wave-templates';
import { Alert, Button, Card, DataTable, FilterForm, ProblemAlert, SelectField, TextField, fieldError, useListState, type Column, Lookup } from '../../ui';
import { useReleaseOptions } from './ReleaseOptions';
import { useMay } from '../../auth/roles';
import { useWarehouseOptions } from '../../api/warehouses';

type TemplateRow = ResponseOf<'/api/v1/wave-templates', 'get'>['items'][number];

export function OutboundSettings() {
  const may = useMay('warehouse_manager');
  return (
    <>
      {may ? <OutboundAutomation /> : <Alert tone="warn">Outbound automation and wave templates are set by warehouse managers.</Alert>}
      <WaveTemplates />
      {may && <WaveTemplateForm />}
    </>
  );
}

function WaveTemplates() {
  const list = useListState('wt', ['warehouseId']);
  const warehouses = useWarehouseOptions();
  const templates = useWaveTemplateList(list.query);
  const columns: Column<TemplateRow>[] = [
    { header: 'Wave template', cell: (t) => t.waveTemplateId, sortKey: 'waveTemplateId' },
    { header: 'Warehouse', cell: (t) => t.warehouseId, sortKey: 'warehouseId' },
    { header: 'Sequence', cell: (t) => t.sequence ?? '—', sortKey: 'sequence', numeric: true },
    { header: 'Process at', cell: (t) => (t.processAt === 'Threshold' ? `Threshold of ${String(t.thresholdShipments ?? '?')} shipments` : t.processAt), sortKey: 'processAt' },
    { header: 'Put location', cell: (t) => t.putLocationId },
    { header: 'Source system', cell: (t) => t.sourceSystemId ?? 'Any', sortKey: 'sourceSystemId' },
    { header: 'Carrier', cell: (t) => t.shippingCarrierId ?? 'Any', sortKey: 'shippingCarrierId' },
    { header: 'Delivery mode', cell: (t) => t.deliveryModeCode ?? 'Any', sortKey: 'deliveryModeCode' },
  ];
  return (
    <Card title="Wave templates">
      <FilterForm label="Filter wave templates" prefix="wt" list={list} fields={[{ name: 'warehouseId', label: 'Warehouse', options: warehouses }]} />
      <DataTable caption="Wave templates" columns={columns} query={templates} rowKey={(t) => `${t.warehouseId}/${t.waveTemplateId}`} list={list} exportPath="/api/v1/wave-templates" empty="No wave templates yet." />
    </Card>
  );
}

function OutboundAutomation() {
  const warehouses = useWarehouseOptions();
  const [chosen, setChosen] = useState('');
  const warehouseId = chosen || warehouses[0]?.value || '';
  const release = useReleaseOptions();
  const save = useSaveOutboundAutomation();
  return (
    <Card title="Outbound automation">
      <p className="qs-muted">Schedules the automatic release of outbound shipment orders and the process outbound shipments job (ship confirm of loaded loads) for a warehouse.</p>
      <div className="qs-row">
        <SelectField label="Warehouse" options={warehouses} value={warehouseId} onChange={(e) => setChosen(e.target.value)} />
        {release.fields}
        <Button disabled={!warehouseId} busy={save.isPending} onClick={() => save.mutate({ warehouseId, ...release.options })}>
          Save automation
        </Button>
      </div>
      <ProblemAlert error={save.error} />
      {save.data && <Alert tone="ok">Scheduled for {save.data.warehouseId}: background processes {save.data.processIds.join(', ')}.</Alert>}
    </Card>
  );
}

const EMPTY = { waveTemplateId: '', warehouseId: '', processAt: 'Release', putLocationId: '', thresholdShipments: '', sequence: '10', sourceSystemId: '', shippingCarrierId: '', deliveryModeCode: '' };

function WaveTemplateForm() {
  const warehouses = useWarehouseOptions();
  const [form, setForm] = useState(EMPTY);
  const set = (name: keyof typeof EMPTY, value: string) => setForm((f) => ({ ...f, [name]: value }));
  const create = useCreateWaveTemplate({ onSuccess: () => setForm(EMPTY) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({
      waveTemplateId: form.waveTemplateId,
      warehouseId: form.warehouseId || warehouses[0]?.value || '',
      processAt: form.processAt as WaveTemplate['processAt'],
      putLocationId: form.putLocationId,
      sequence: Number(form.sequence || 10),
      ...(form.processAt === 'Threshold' && form.thresholdShipments ? { thresholdShipments: Number(form.thresholdShipments) } : {}),
      ...(form.sourceSystemId ? { sourceSystemId: form.sourceSystemId } : {}),
      ...(form.shippingCarrierId ? { shippingCarrierId: form.shippingCarrierId } : {}),
      ...(form.deliveryModeCode ? { deliveryModeCode: form.deliveryModeCode } : {}),
    });
  };
  const err = (field: string) => fieldError(create.error, field);
  return (
    <Card title="New wave template">
      <p className="qs-muted">Which shipments a wave takes (warehouse, and optionally source system, carrier, delivery mode), when it is processed and where the pick work brings the stock.</p>
      <form className="qs-stack" onSubmit={submit}>
        <div className="qs-row">
          <TextField label="Wave template id" required value={form.waveTemplateId} onChange={(e) => set('waveTemplateId', e.target.value)} error={err('waveTemplateId')} />
          <SelectField label="Warehouse" options={warehouses} value={form.warehouseId || warehouses[0]?.value || ''} onChange={(e) => set('warehouseId', e.target.value)} error={err('warehouseId')} />
          <SelectField
            label="Process at"
            options={[
              { value: 'Release', label: 'Release' },
              { value: 'Threshold', label: 'A threshold of shipments' },
              { value: 'Manual', label: 'By hand' },
            ]}
            value={form.processAt}
            onChange={(e) => set('processAt', e.target.value)}
          />
          {form.processAt === 'Threshold' && (
            <TextField label="Threshold (shipments)" type="number" min="1" value={form.thresholdShipments} onChange={(e) => set('thresholdShipments', e.target.value)} error={err('thresholdShipments')} />
          )}
          <TextField label="Put location" required value={form.putLocationId} onChange={(e) => set('putLocationId', e.target.value)} hint="A staging or bay door location" error={err('putLocationId')} />
          <TextField label="Sequence" type="number" min="0" value={form.sequence} onChange={(e) => set('sequence', e.target.value)} error={err('sequence')} />
        </div>
        <div className="qs-row">
          <Lookup kind="sourceSystem" label="Source system (optional)" value={form.sourceSystemId} onChange={(value) => set('sourceSystemId', value)} />
          <TextField label="Carrier (optional)" value={form.shippingCarrierId} onChange={(e) => set('shippingCarrierId', e.target.value)} />
          <TextField label="Delivery mode (optional)" value={form.deliveryModeCode} onChange={(e) => set('deliveryModeCode', e.target.value)} />
        </div>
        <div>
          <Button type="submit" busy={create.isPending}>
            Create wave template
          </Button>
        </div>
        <ProblemAlert error={create.error} />
        {create.data && <Alert tone="ok">Wave template {create.data.waveTemplateId} created.</Alert>}
      </form>
    </Card>
  );
}
