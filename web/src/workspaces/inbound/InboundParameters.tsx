import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { useInboundParameters, useSaveInboundParameters } from '../../api/inbound-parameters';
import type { ResponseOf } from '../../api/types';
import { Alert, Button, Card, Fetched, KeyValues, ProblemAlert, SelectField } from '../../ui';
import { useMay } from '../../auth/roles';
import { useWarehouseOptions } from '../../api/warehouses';

type Parameters = ResponseOf<'/api/v1/inbound-parameters/{warehouseId}', 'get'>;
type PackingSlipPolicy = 'Never' | 'Always' | 'Optional';
type OverReceiptPolicy = 'Allow' | 'Block' | 'BlockForClosedLoads';

export function InboundParameters() {
  const { t } = useTranslation('inbound');
  const warehouses = useWarehouseOptions();
  const [chosen, setChosen] = useState('');
  const warehouseId = chosen || warehouses[0]?.value || '';
  const parameters = useInboundParameters(warehouseId);
  return (
    <Card title={t('params.title')}>
      <SelectField label={t('params.warehouse')} options={warehouses} value={warehouseId} onChange={(e) => setChosen(e.target.value)} />
      {warehouseId && (
        <Fetched query={parameters} what={t('params.loading')}>
          {(p) => <ParametersForm key={p.warehouseId} parameters={p} />}
        </Fetched>
      )}
    </Card>
  );
}

function ParametersForm({ parameters }: { parameters: Parameters }) {
  const { t } = useTranslation('inbound');
  const may = useMay('warehouse_manager');
  const [packingSlipPolicy, setPackingSlipPolicy] = useState(parameters.packingSlipPolicy as PackingSlipPolicy);
  const [loadOverReceiptPolicy, setLoadOverReceiptPolicy] = useState(parameters.loadOverReceiptPolicy as OverReceiptPolicy);
  const save = useSaveInboundParameters(parameters.warehouseId);
  if (!may) {
    return (
      <KeyValues
        entries={[
          [t('params.packingSlip'), t(`params.slip.${parameters.packingSlipPolicy as 'Never'}`, { defaultValue: parameters.packingSlipPolicy })],
          [t('params.overReceipt'), t(`params.over.${parameters.loadOverReceiptPolicy as 'Allow'}`, { defaultValue: parameters.loadOverReceiptPolicy })],
        ]}
      />
    );
  }
  return (
    <form
      className="qs-stack"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ packingSlipPolicy, loadOverReceiptPolicy });
      }}
    >
      <div className="qs-row">
        <SelectField
          label={t('params.packingSlipLabel')}
          options={(['Never', 'Always', 'Optional'] as const).map((v) => ({ value: v, label: t(`params.slip.${v}`) }))}
          value={packingSlipPolicy}
          onChange={(e) => setPackingSlipPolicy(e.target.value as PackingSlipPolicy)}
          hint={t('params.packingSlipHint')}
        />
        <SelectField
          label={t('params.overReceiptLabel')}
          options={[
            { value: 'Allow', label: t('params.over.Allow') },
            { value: 'Block', label: t('params.over.Block') },
            { value: 'BlockForClosedLoads', label: t('params.over.BlockForClosedLoads') },
          ]}
          value={loadOverReceiptPolicy}
          onChange={(e) => setLoadOverReceiptPolicy(e.target.value as OverReceiptPolicy)}
        />
      </div>
      <div>
        <Button type="submit" busy={save.isPending}>
          {t('params.save')}
        </Button>
      </div>
      {save.isSuccess && <Alert tone="ok">{t('params.saved', { version: save.data.version })}</Alert>}
      <ProblemAlert error={save.error} />
    </form>
  );
}
