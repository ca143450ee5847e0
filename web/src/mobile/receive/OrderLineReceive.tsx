import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useTranslation } from '../../i18n';
import { Button, fieldError, formatQuantity, ProblemAlert } from '../../ui';
import { MobileTitle, StepFacts, useStepRunner } from '../MobileStep';
import { sendOperation } from '../operation';
import { ScanStep } from '../ScanStep';
import { OrderLineEntry, type InboundOrder, type OrderLineEntryValue } from './OrderLineEntry';
import { ReceiptResult, type Registered } from './ReceiptResult';

/**
 * Order, line, quantity (in the order's unit), then the license plate it goes on (or none where the
 * location takes loose stock). The order stays for the next line.
 */
export function OrderLineReceive() {
  const { t } = useTranslation('mobile');
  const [entry, setEntry] = useState<OrderLineEntryValue>();
  const [order, setOrder] = useState<InboundOrder>();
  const [result, setResult] = useState<Registered>();
  const { busy, error, run } = useStepRunner();

  const receive = (licensePlateId: string | null) =>
    void run(async () => {
      if (!entry) return;
      const { line, quantity, unitSymbol } = entry;
      const registered = await sendOperation(
        t('receive.opReceive', { quantity: formatQuantity(quantity, unitSymbol), item: line.itemNumber, order: entry.order.orderNumber, line: line.orderLineNumber }),
        '/api/v1/inbound-receiving/order-line',
        {},
        {
          orderNumber: entry.order.orderNumber,
          orderLineNumber: line.orderLineNumber,
          quantity,
          unitSymbol,
          licensePlateId,
          ...(entry.batchNumber ? { itemBatchNumber: entry.batchNumber } : {}),
          ...(entry.serialNumber ? { itemSerialNumber: entry.serialNumber } : {}),
        },
      );
      setResult(registered);
      // The next line of the same order starts from the order, with what is still to receive now.
      setOrder(await unwrap(api.GET('/api/v1/inbound-shipment-orders/{orderNumber}', { params: { path: { orderNumber: entry.order.orderNumber } } })).catch(() => entry.order));
      setEntry(undefined);
    });

  return (
    <>
      <MobileTitle title={t('receive.orderLineTitle')} />
      <ProblemAlert error={error} />
      {!entry && (
        <OrderLineEntry
          key={order ? `${order.orderNumber}-${String(order.version)}` : 'none'}
          initialOrder={order}
          onEntry={(value) => {
            setResult(undefined);
            setOrder(value.order);
            setEntry(value);
          }}
        />
      )}
      {entry && (
        <>
          <StepFacts
            title={t('receive.toReceive')}
            quantity={{ label: t('receive.quantity'), value: entry.quantity, unit: entry.unitSymbol }}
            itemNumber={entry.line.itemNumber}
            facts={[[t('receive.orderLine'), `${entry.order.orderNumber} / ${String(entry.line.orderLineNumber)}`]]}
          />
          <ScanStep key="plate" label={t('receive.scanPlate')} hint={t('receive.plateHint')} onScan={(plate) => receive(plate)} busy={busy} error={fieldError(error, 'licensePlateId')} submitLabel={t('receive.receive')} okMessage={(plate) => t('receive.plateScanned', { plate })} />
          <Button variant="secondary" onClick={() => receive(null)} busy={busy}>
            {t('receive.withoutPlate')}
          </Button>
          <Button variant="secondary" onClick={() => setEntry(undefined)} disabled={busy}>
            {t('receive.cancelLine')}
          </Button>
        </>
      )}
      {result && <ReceiptResult result={result} />}
    </>
  );
}
