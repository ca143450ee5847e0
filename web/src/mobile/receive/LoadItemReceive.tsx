import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { useTranslation } from '../../i18n';
import { Button, Card, fieldError, formatQuantity, ProblemAlert, StatusPill } from '../../ui';
import { MobileTitle, sameCode, StepFacts, useStepRunner } from '../MobileStep';
import { ScanStep } from '../ScanStep';
import { sendOperation } from '../operation';
import { ReceiptResult, type Registered } from './ReceiptResult';

type Load = ResponseOf<'/api/v1/inbound-loads/{loadId}', 'get'>;

/** Item number or bar code of an item on the load. */
async function itemOnLoad(load: Load, scanned: string): Promise<string | undefined> {
  const direct = load.lines.find((l) => sameCode(l.itemNumber, scanned));
  if (direct) return direct.itemNumber;
  const items = await unwrap(api.GET('/api/v1/items', { params: { query: { barcode: scanned, limit: 1 } } }));
  return load.lines.find((l) => items.items.some((i) => i.itemNumber === l.itemNumber))?.itemNumber;
}

/** Load, item, quantity, license plate: the load's open lines of the item take the quantity. */
export function LoadItemReceive() {
  const { t } = useTranslation('mobile');
  const [load, setLoad] = useState<Load>();
  const [item, setItem] = useState<string>();
  const [unit, setUnit] = useState<string>();
  const [quantity, setQuantity] = useState<number>();
  const [result, setResult] = useState<Registered>();
  const [scanError, setScanError] = useState<string>();
  const { busy, error, run } = useStepRunner();
  const open = (itemNumber: string) => (load?.lines ?? []).filter((l) => l.itemNumber === itemNumber).reduce((sum, l) => sum + l.quantity - l.registeredQuantity, 0);

  const onLoad = (loadId: string) =>
    void run(async () => {
      setResult(undefined);
      setLoad(await unwrap(api.GET('/api/v1/inbound-loads/{loadId}', { params: { path: { loadId } } })));
    });
  const onItem = (scanned: string) =>
    void run(async () => {
      if (!load) return;
      const found = await itemOnLoad(load, scanned);
      setScanError(found ? undefined : t('receive.notOnLoad', { scanned, load: load.loadId }));
      setUnit(found ? (await unwrap(api.GET('/api/v1/items/{itemNumber}', { params: { path: { itemNumber: found } } }))).inventoryUnit : undefined);
      setItem(found);
    });
  const onQuantity = (text: string) => {
    const n = Number(text.replace(',', '.'));
    if (!Number.isFinite(n) || n <= 0) return setScanError(t('quantityAboveZero'));
    setScanError(undefined);
    setQuantity(n);
  };
  const receive = (licensePlateId: string | null) =>
    void run(async () => {
      if (!load || !item || quantity === undefined) return;
      setResult(await sendOperation(t('receive.opLoad', { quantity: formatQuantity(quantity, unit), item, load: load.loadId }), '/api/v1/inbound-receiving/load-item', {}, { loadId: load.loadId, itemNumber: item, quantity, ...(unit ? { unitSymbol: unit } : {}), licensePlateId }));
      setItem(undefined);
      setQuantity(undefined);
      setLoad(await unwrap(api.GET('/api/v1/inbound-loads/{loadId}', { params: { path: { loadId: load.loadId } } })));
    });

  return (
    <>
      <MobileTitle title={t('receive.loadTitle')} />
      <ProblemAlert error={error} />
      {load && (
        <Card title={t('receive.load', { load: load.loadId })}>
          <StepFacts
            quantity={item ? (quantity !== undefined ? { label: t('receive.quantity'), value: quantity, unit } : { label: t('receive.stillToReceive'), value: open(item), unit }) : undefined}
            itemNumber={item}
            facts={[[t('receive.loadStatus'), <StatusPill key="s" status={load.loadStatus} />]]}
          />
        </Card>
      )}
      {!load && <ScanStep key="load" label={t('receive.scanLoad')} onScan={onLoad} busy={busy} error={scanError} />}
      {load && !item && <ScanStep key="item" label={t('receive.scanItem')} onScan={onItem} busy={busy} error={scanError} />}
      {load && item && quantity === undefined && (
        <ScanStep key="qty" label={unit ? t('receive.quantityReceived', { unit }) : t('receive.quantityReceivedNoUnit')} inputMode="decimal" initialValue={open(item) > 0 ? String(open(item)) : ''} onScan={onQuantity} busy={busy} error={scanError ?? fieldError(error, 'quantity')} noCamera />
      )}
      {load && item && quantity !== undefined && (
        <>
          <ScanStep key="plate" label={t('receive.scanPlate')} onScan={(plate) => receive(plate)} busy={busy} error={fieldError(error, 'licensePlateId')} submitLabel={t('receive.receive')} />
          <Button variant="secondary" onClick={() => receive(null)} busy={busy}>
            {t('receive.withoutPlate')}
          </Button>
        </>
      )}
      {load && (
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => {
            setItem(undefined);
            setQuantity(undefined);
            if (!item) setLoad(undefined);
          }}
        >
          {item ? t('receive.anotherItem') : t('receive.anotherLoad')}
        </Button>
      )}
      {result && <ReceiptResult result={result} />}
    </>
  );
}
