import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { Button, Card, fieldError, formatQuantity, KeyValues, ProblemAlert, ScanField } from '../../ui';
import { MobileTitle, sameCode, useStepRunner } from '../MobileStep';
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
      setScanError(found ? undefined : `${scanned} is not on load ${load.loadId}.`);
      setUnit(found ? (await unwrap(api.GET('/api/v1/items/{itemNumber}', { params: { path: { itemNumber: found } } }))).inventoryUnit : undefined);
      setItem(found);
    });
  const onQuantity = (text: string) => {
    const n = Number(text.replace(',', '.'));
    if (!Number.isFinite(n) || n <= 0) return setScanError('Enter a quantity above zero.');
    setScanError(undefined);
    setQuantity(n);
  };
  const receive = (licensePlateId: string | null) =>
    void run(async () => {
      if (!load || !item || quantity === undefined) return;
      setResult(await sendOperation(`Receive ${formatQuantity(quantity, unit)} ${item} on load ${load.loadId}`, '/api/v1/inbound-receiving/load-item', {}, { loadId: load.loadId, itemNumber: item, quantity, ...(unit ? { unitSymbol: unit } : {}), licensePlateId }));
      setItem(undefined);
      setQuantity(undefined);
      setLoad(await unwrap(api.GET('/api/v1/inbound-loads/{loadId}', { params: { path: { loadId: load.loadId } } })));
    });

  return (
    <>
      <MobileTitle title="Receive load item" />
      <ProblemAlert error={error} />
      {load && (
        <Card title={`Load ${load.loadId}`}>
          <KeyValues
            entries={[
              ['Status', load.loadStatus],
              ...(item ? ([['Item', item], ['Still to receive', formatQuantity(open(item), unit)]] as [string, string][]) : []),
              ...(quantity !== undefined ? ([['Quantity', formatQuantity(quantity, unit)]] as [string, string][]) : []),
            ]}
          />
        </Card>
      )}
      {!load && <ScanField key="load" label="Scan load number" onScan={onLoad} busy={busy} error={scanError} />}
      {load && !item && <ScanField key="item" label="Scan item" onScan={onItem} busy={busy} error={scanError} />}
      {load && item && quantity === undefined && (
        <ScanField key="qty" label={`Quantity received${unit ? ` (${unit})` : ''}`} inputMode="decimal" initialValue={open(item) > 0 ? String(open(item)) : ''} onScan={onQuantity} busy={busy} error={scanError ?? fieldError(error, 'quantity')} />
      )}
      {load && item && quantity !== undefined && (
        <>
          <ScanField key="plate" label="Scan license plate" onScan={(plate) => receive(plate)} busy={busy} error={fieldError(error, 'licensePlateId')} submitLabel="Receive" />
          <Button variant="secondary" onClick={() => receive(null)} busy={busy}>
            Receive without license plate
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
          {item ? 'Another item' : 'Another load'}
        </Button>
      )}
      {result && <ReceiptResult result={result} />}
    </>
  );
}
