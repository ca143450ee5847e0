import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { Button, Card, fieldError, formatQuantity, KeyValues, ProblemAlert } from '../../ui';
import { ScanStep } from '../ScanStep';
import { MobileTitle, useStepRunner } from '../MobileStep';
import { sendOperation } from '../operation';
import { OrderLineEntry, type OrderLineEntryValue } from './OrderLineEntry';
import { ReceiptResult, type Registered } from './ReceiptResult';

/** Several order lines onto one license plate: the plate first, then each line, then receive them at once. */
export function MixedLicensePlateReceive() {
  const { t } = useTranslation('mobile');
  const [plate, setPlate] = useState<string>();
  const [lines, setLines] = useState<OrderLineEntryValue[]>([]);
  const [result, setResult] = useState<Registered>();
  const { busy, error, run } = useStepRunner();

  const receive = () =>
    void run(async () => {
      if (!plate || lines.length === 0) return;
      const registered = await sendOperation(t('receive.opMixed', { count: lines.length, plate }), '/api/v1/inbound-receiving/mixed-license-plate', {}, {
        licensePlateId: plate,
        lines: lines.map(({ order, line, quantity, unitSymbol, batchNumber, serialNumber }) => ({
          orderNumber: order.orderNumber,
          orderLineNumber: line.orderLineNumber,
          quantity,
          unitSymbol,
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
      <MobileTitle title={t('receive.mixedTitle')} />
      <ProblemAlert error={error} />
      {!plate && (
        <ScanStep
          key="plate"
          label={t('receive.scanNewPlate')}
          onScan={(value) => {
            setResult(undefined);
            setPlate(value);
          }}
          error={fieldError(error, 'licensePlateId')}
        />
      )}
      {plate && (
        <>
          <Card title={t('receive.plate', { plate })}>
            {lines.length === 0 ? (
              <p className="qs-muted">{t('receive.noLinesYet')}</p>
            ) : (
              <KeyValues entries={lines.map((l, i) => [`${String(i + 1)}. ${l.order.orderNumber}/${String(l.line.orderLineNumber)}`, `${formatQuantity(l.quantity, l.unitSymbol)} ${l.line.itemNumber}`])} />
            )}
          </Card>
          <OrderLineEntry busy={busy} initialOrder={lines.at(-1)?.order} onEntry={(value) => setLines((list) => [...list, value])} />
          <Button onClick={receive} busy={busy} disabled={lines.length === 0}>
            {t('receive.receiveLines', { count: lines.length, plate })}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setPlate(undefined);
              setLines([]);
            }}
            disabled={busy}
          >
            {t('startOver')}
          </Button>
        </>
      )}
      {result && <ReceiptResult result={result} />}
    </>
  );
}
