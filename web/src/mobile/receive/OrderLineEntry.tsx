import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { isProblem } from '../../api/problem';
import type { ResponseOf } from '../../api/types';
import { useTranslation } from '../../i18n';
import { Button, Card, formatQuantity, ProblemAlert, StatusPill } from '../../ui';
import { sameCode, StepFacts, useStepRunner } from '../MobileStep';
import { ScanStep } from '../ScanStep';

export type InboundOrder = ResponseOf<'/api/v1/inbound-shipment-orders/{orderNumber}', 'get'>;
export type InboundLine = InboundOrder['lines'][number];
export interface OrderLineEntryValue {
  order: InboundOrder;
  line: InboundLine;
  quantity: number;
  /** The unit the quantity was counted in: the order line's unit (5 box) unless the worker chose the inventory unit. */
  unitSymbol: string;
  /** Scanned for a batch (serial) tracked item whose order line does not name the batch (serial). */
  batchNumber?: string;
  serialNumber?: string;
}

interface Pending {
  quantity: number;
  unitSymbol: string;
  needBatch: boolean;
  needSerial: boolean;
  batchNumber?: string;
}

/** The order as printed on the paperwork: the internal number, or the source system's. */
async function findOrder(scanned: string): Promise<InboundOrder | undefined> {
  try {
    return await unwrap(api.GET('/api/v1/inbound-shipment-orders/{orderNumber}', { params: { path: { orderNumber: scanned } } }));
  } catch (error) {
    if (!isProblem(error) || error.status !== 404) throw error;
  }
  const page = await unwrap(api.GET('/api/v1/inbound-shipment-orders', { params: { query: { sourceSystemOrderNumber: scanned, limit: 1 } } }));
  const first = page.items[0];
  return first ? unwrap(api.GET('/api/v1/inbound-shipment-orders/{orderNumber}', { params: { path: { orderNumber: first.orderNumber } } })) : undefined;
}

/** A line by its number, its item (internal, source system's or bar code), preferring lines still open. */
async function findLine(order: InboundOrder, scanned: string): Promise<InboundLine | undefined> {
  const byNumber = order.lines.find((l) => String(l.orderLineNumber) === scanned);
  if (byNumber) return byNumber;
  let matches = order.lines.filter((l) => sameCode(l.itemNumber, scanned) || sameCode(l.sourceSystemItemNumber, scanned));
  if (matches.length === 0) {
    const items = await unwrap(api.GET('/api/v1/items', { params: { query: { barcode: scanned, limit: 1 } } }));
    matches = order.lines.filter((l) => items.items.some((i) => i.itemNumber === l.itemNumber));
  }
  return matches.find((l) => l.remainingQuantity > 0) ?? matches[0];
}

/** The vendor as the order names it (consigner or sender), for the worker to check against the paperwork. */
export function vendorOf(order: InboundOrder): string | undefined {
  const p = order.parties;
  const text = (key: string) => (typeof p[key] === 'string' && p[key] !== '' ? p[key] : undefined);
  const name = text('consignerName') ?? text('senderName');
  const account = text('consignerAccountNumber') ?? text('senderAccountNumber');
  return name && account ? `${name} (${account})` : (name ?? account);
}

/** What is still to receive on the line, in the order's unit (5 box) when the order was placed in one. */
export function remainingIn(line: InboundLine, unit: string): number {
  if (unit === line.inventoryUnitSymbol || line.expectedInventoryQuantity === 0) return line.remainingQuantity;
  const perUnit = line.expectedInventoryQuantity / line.expectedQuantity;
  return Math.round((line.remainingQuantity / perUnit) * 1e6) / 1e6;
}

/**
 * Order number, then line (or item), then quantity: one scan each. The quantity is asked in the order
 * line's unit (the supplier sends 5 box, not 60 ea); the worker may switch to the inventory unit. The
 * order stays for the next line, until the worker chooses another order.
 */
export function OrderLineEntry({ onEntry, busy: parentBusy = false, initialOrder }: { onEntry: (value: OrderLineEntryValue) => void; busy?: boolean; initialOrder?: InboundOrder | undefined }) {
  const { t } = useTranslation('mobile');
  const [order, setOrder] = useState<InboundOrder | undefined>(initialOrder);
  const [line, setLine] = useState<InboundLine>();
  const [inInventoryUnit, setInInventoryUnit] = useState(false);
  const [pending, setPending] = useState<Pending>();
  const [scanError, setScanError] = useState<string>();
  const { busy, error, run } = useStepRunner();
  const unit = line ? (inInventoryUnit ? line.inventoryUnitSymbol : line.expectedUnitSymbol) : '';

  const finish = (value: OrderLineEntryValue) => {
    onEntry(value);
    setPending(undefined);
    setLine(undefined);
    setInInventoryUnit(false);
  };

  const onOrder = (scanned: string) =>
    void run(async () => {
      setScanError(undefined);
      const found = await findOrder(scanned);
      if (!found) setScanError(t('receive.noOrder', { scanned }));
      setOrder(found);
    });
  const onLine = (scanned: string) =>
    void run(async () => {
      if (!order) return;
      setScanError(undefined);
      const found = await findLine(order, scanned);
      if (!found) setScanError(t('receive.noLine', { order: order.orderNumber, scanned }));
      setLine(found);
    });
  const onQuantity = (text: string) =>
    void run(async () => {
      const quantity = Number(text.replace(',', '.'));
      if (!order || !line) return;
      if (!Number.isFinite(quantity) || quantity <= 0) return setScanError(t('quantityAboveZero'));
      setScanError(undefined);
      const item = await unwrap(api.GET('/api/v1/items/{itemNumber}', { params: { path: { itemNumber: line.itemNumber } } }));
      const needBatch = item.batchTracked && !line.itemBatchNumber;
      const needSerial = item.serialTracked && !line.itemSerialNumber;
      if (needBatch || needSerial) setPending({ quantity, unitSymbol: unit, needBatch, needSerial });
      else finish({ order, line, quantity, unitSymbol: unit });
    });
  const onBatch = (batchNumber: string) => {
    if (!order || !line || !pending) return;
    if (pending.needSerial) setPending({ ...pending, needBatch: false, batchNumber });
    else finish({ order, line, quantity: pending.quantity, unitSymbol: pending.unitSymbol, batchNumber });
  };
  const onSerial = (serialNumber: string) => {
    if (!order || !line || !pending) return;
    finish({ order, line, quantity: pending.quantity, unitSymbol: pending.unitSymbol, serialNumber, ...(pending.batchNumber ? { batchNumber: pending.batchNumber } : {}) });
  };
  const remaining = line ? remainingIn(line, unit) : 0;

  return (
    <div className="qs-stack">
      <ProblemAlert error={error} />
      {order && (
        <Card title={t('receive.order', { order: order.orderNumber })}>
          <StepFacts
            quantity={line ? { label: t('receive.stillToReceive'), value: remaining, unit } : undefined}
            itemNumber={line?.itemNumber}
            facts={[
              [t('receive.vendor'), vendorOf(order)],
              [t('receive.sourceOrder'), order.sourceSystemOrderNumber],
              [t('receive.receiving'), <StatusPill key="s" status={order.receivingStatus} />],
              ...(line
                ? ([
                    [t('receive.line'), String(line.orderLineNumber)],
                    [t('receive.expected'), `${formatQuantity(line.expectedQuantity, line.expectedUnitSymbol)}${line.expectedUnitSymbol !== line.inventoryUnitSymbol ? ` (${formatQuantity(line.expectedInventoryQuantity, line.inventoryUnitSymbol)})` : ''}`],
                    [t('batch'), line.itemBatchNumber],
                  ] as const)
                : []),
            ]}
          />
        </Card>
      )}
      {!order && <ScanStep key="order" label={t('receive.scanOrder')} onScan={onOrder} busy={busy || parentBusy} error={scanError} />}
      {order && !line && <ScanStep key="line" label={t('receive.scanLine')} onScan={onLine} busy={busy || parentBusy} error={scanError} />}
      {order && line && !pending && (
        <>
          <ScanStep
            key={`qty-${String(line.orderLineNumber)}-${unit}`}
            label={t('receive.quantityReceived', { unit })}
            inputMode="decimal"
            initialValue={remaining > 0 ? String(remaining) : ''}
            onScan={onQuantity}
            busy={busy || parentBusy}
            error={scanError}
            noCamera
          />
          {line.expectedUnitSymbol !== line.inventoryUnitSymbol && (
            <Button variant="secondary" onClick={() => setInInventoryUnit(!inInventoryUnit)} disabled={busy || parentBusy}>
              {t('receive.countIn', { unit: inInventoryUnit ? line.expectedUnitSymbol : line.inventoryUnitSymbol })}
            </Button>
          )}
        </>
      )}
      {line && pending?.needBatch && <ScanStep key="batch" label={t('receive.scanBatch', { item: line.itemNumber })} onScan={onBatch} busy={parentBusy} />}
      {line && pending && !pending.needBatch && pending.needSerial && <ScanStep key="serial" label={t('receive.scanSerial', { item: line.itemNumber })} onScan={onSerial} busy={parentBusy} />}
      {order && (
        <Button
          variant="secondary"
          onClick={() => {
            setScanError(undefined);
            setPending(undefined);
            setInInventoryUnit(false);
            if (line) setLine(undefined);
            else setOrder(undefined);
          }}
        >
          {line ? t('receive.anotherLine') : t('receive.anotherOrder')}
        </Button>
      )}
    </div>
  );
}
