import { useState } from 'react';
import { useInboundParameters, useSaveInboundParameters } from '../../api/inbound-parameters';
import type { ResponseOf } from '../../api/types';
import { Alert, Button, Card, Fetched, KeyValues, ProblemAlert, SelectField } from '../../ui';
import { useMay } from '../../auth/roles';
import { useWarehouseOptions } from '../../api/warehouses';

type Parameters = ResponseOf<'/api/v1/inbound-parameters/{warehouseId}', 'get'>;
type PackingSlipPolicy = 'Never' | 'Always' | 'Optional';
type OverReceiptPolicy = 'Allow' | 'Block' | 'BlockForClosedLoads';

export function InboundParameters() {
  const warehouses = useWarehouseOptions();
  const [chosen, setChosen] = useState('');
  const warehouseId = chosen || warehouses[0]?.value || '';
  const parameters = useInboundParameters(warehouseId);
  return (
    <Card title="Inbound parameters">
      <SelectField label="Warehouse" options={warehouses} value={warehouseId} onChange={(e) => setChosen(e.target.value)} />
      {warehouseId && (
        <Fetched query={parameters} what="Loading the parameters">
          {(p) => <ParametersForm key={p.warehouseId} parameters={p} />}
        </Fetched>
      )}
    </Card>
  );
}

function ParametersForm({ parameters }: { parameters: Parameters }) {
  const may = useMay('warehouse_manager');
  const [packingSlipPolicy, setPackingSlipPolicy] = useState(parameters.packingSlipPolicy as PackingSlipPolicy);
  const [loadOverReceiptPolicy, setLoadOverReceiptPolicy] = useState(parameters.loadOverReceiptPolicy as OverReceiptPolicy);
  const save = useSaveInboundParameters(parameters.warehouseId);
  if (!may) {
    return (
      <KeyValues
        entries={[
          ['Packing slip at receiving completed', parameters.packingSlipPolicy],
          ['Default load over receipt policy', parameters.loadOverReceiptPolicy],
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
          label="Packing slip at receiving completed"
          options={['Never', 'Always', 'Optional']}
          value={packingSlipPolicy}
          onChange={(e) => setPackingSlipPolicy(e.target.value as PackingSlipPolicy)}
          hint="Always: a packing slip id is required; Never: it is refused"
        />
        <SelectField
          label="Default load over receipt policy"
          options={[
            { value: 'Allow', label: 'Allow' },
            { value: 'Block', label: 'Block' },
            { value: 'BlockForClosedLoads', label: 'Block for closed loads' },
          ]}
          value={loadOverReceiptPolicy}
          onChange={(e) => setLoadOverReceiptPolicy(e.target.value as OverReceiptPolicy)}
        />
      </div>
      <div>
        <Button type="submit" busy={save.isPending}>
          Save parameters
        </Button>
      </div>
      {save.isSuccess && <Alert tone="ok">Saved (version {save.data.version}).</Alert>}
      <ProblemAlert error={save.error} />
    </form>
  );
}
