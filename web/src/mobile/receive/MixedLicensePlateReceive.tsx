import { useState } from 'react';
import { Button, Card, fieldError, formatQuantity, KeyValues, ProblemAlert, ScanField } from '../../ui';
import { MobileTitle, useStepRunner } from '../MobileStep';
import { sendOperation } from '../operation';
import { OrderLineEntry, type OrderLineEntryValue } from './OrderLineEntry';
import { ReceiptResult, type Registered } from './ReceiptResult';

/** Several order lines onto one license plate: the plate first, then each line, then receive them at once. */
export function MixedLicensePlateReceive() {
  const [plate, setPlate] = useState<string>();
  const [lines, setLines] = useState<OrderLineEntryValue[]>([]);
  const [result, setResult] = useState<Registered>();
  const { busy, error, run } = useStepRunner();

  const receive = () =>
    void run(async () => {
      if (!plate || lines.length === 0) return;
      const registered = await sendOperation(`Receive ${String(lines.length)} lines on ${plate}`, '/api/v1/inbound-receiving/mixed-license-plate', {}, {
        licensePlateId: plate,
        lines: lines.map(({ order, line, quantity, batchNumber, serialNumber }) => ({
          orderNumber: order.orderNumber,
          orderLineNumber: line.orderLineNumber,
          quantity,
          unitSymbol: line.inventoryUnitSymbol,
          ...(batchNumber ? { itemBatchNumber: batchNumber } : {}),
          ...(serialNumber ? { itemSerialNumber: serialNumber } : {}),
        })),
      });
      setResult(registered);
      setPlate(undefined);
      setLines([]);
    });

  return (
    <>
      <MobileTitle title="Receive mixed license plate" />
      <ProblemAlert error={error} />
      {!plate && (
        <ScanField
          key="plate"
          label="Scan the new license plate"
          onScan={(value) => {
            setResult(undefined);
            setPlate(value);
          }}
          error={fieldError(error, 'licensePlateId')}
        />
      )}
      {plate && (
        <>
          <Card title={`License plate ${plate}`}>
            {lines.length === 0 ? (
              <p className="qs-muted">No lines yet.</p>
            ) : (
              <KeyValues entries={lines.map((l, i) => [`${String(i + 1)}. ${l.order.orderNumber}/${String(l.line.orderLineNumber)}`, `${formatQuantity(l.quantity, l.line.inventoryUnitSymbol)} ${l.line.itemNumber}`])} />
            )}
          </Card>
          <OrderLineEntry busy={busy} onEntry={(value) => setLines((list) => [...list, value])} />
          <Button onClick={receive} busy={busy} disabled={lines.length === 0}>
            Receive {lines.length} line{lines.length === 1 ? '' : 's'} on {plate}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setPlate(undefined);
              setLines([]);
            }}
            disabled={busy}
          >
            Start over
          </Button>
        </>
      )}
      {result && <ReceiptResult result={result} />}
    </>
  );
}
