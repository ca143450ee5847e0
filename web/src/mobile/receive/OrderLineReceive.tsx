import { useState } from 'react';
import { Button, fieldError, formatQuantity, ProblemAlert, ScanField } from '../../ui';
import { MobileTitle, useStepRunner } from '../MobileStep';
import { sendOperation } from '../operation';
import { OrderLineEntry, type OrderLineEntryValue } from './OrderLineEntry';
import { ReceiptResult, type Registered } from './ReceiptResult';

/** Order, line, quantity, then the license plate it goes on (or none where the location takes loose stock). */
export function OrderLineReceive() {
  const [entry, setEntry] = useState<OrderLineEntryValue>();
  const [result, setResult] = useState<Registered>();
  const { busy, error, run } = useStepRunner();

  const receive = (licensePlateId: string | null) =>
    void run(async () => {
      if (!entry) return;
      const { order, line, quantity } = entry;
      const registered = await sendOperation(`Receive ${formatQuantity(quantity, line.inventoryUnitSymbol)} ${line.itemNumber} (order ${order.orderNumber} line ${String(line.orderLineNumber)})`, '/api/v1/inbound-receiving/order-line', {}, {
        orderNumber: order.orderNumber,
        orderLineNumber: line.orderLineNumber,
        quantity,
        unitSymbol: line.inventoryUnitSymbol,
        licensePlateId,
        ...(entry.batchNumber ? { itemBatchNumber: entry.batchNumber } : {}),
        ...(entry.serialNumber ? { itemSerialNumber: entry.serialNumber } : {}),
      });
      setResult(registered);
      setEntry(undefined);
    });

  return (
    <>
      <MobileTitle title="Receive order line" />
      <ProblemAlert error={error} />
      {!entry && (
        <OrderLineEntry
          onEntry={(value) => {
            setResult(undefined);
            setEntry(value);
          }}
        />
      )}
      {entry && (
        <>
          <p>
            {formatQuantity(entry.quantity, entry.line.inventoryUnitSymbol)} of {entry.line.itemNumber}, order {entry.order.orderNumber} line {entry.line.orderLineNumber}
          </p>
          <ScanField key="plate" label="Scan license plate" hint="The plate the goods are put on; leave it out for loose stock." onScan={(plate) => receive(plate)} busy={busy} error={fieldError(error, 'licensePlateId')} submitLabel="Receive" />
          <Button variant="secondary" onClick={() => receive(null)} busy={busy}>
            Receive without license plate
          </Button>
          <Button variant="secondary" onClick={() => setEntry(undefined)} disabled={busy}>
            Cancel this line
          </Button>
        </>
      )}
      {result && <ReceiptResult result={result} />}
    </>
  );
}
