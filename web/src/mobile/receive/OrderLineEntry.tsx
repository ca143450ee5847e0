import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { isProblem } from '../../api/problem';
import type { ResponseOf } from '../../api/types';
import { Button, Card, formatQuantity, KeyValues, ProblemAlert, ScanField } from '../../ui';
import { sameCode, useStepRunner } from '../MobileStep';

export type InboundOrder = ResponseOf<'/api/v1/inbound-shipment-orders/{orderNumber}', 'get'>;
export type InboundLine = InboundOrder['lines'][number];
export interface OrderLineEntryValue {
  order: InboundOrder;
  line: InboundLine;
  quantity: number;
  /** Scanned for a batch (serial) tracked item whose order line does not name the batch (serial). */
  batchNumber?: string;
  serialNumber?: string;
}

interface Pending {
  quantity: number;
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

/** Order number, then line (or item), then quantity: one scan each. */
export function OrderLineEntry({ onEntry, busy: parentBusy = false }: { onEntry: (value: OrderLineEntryValue) => void; busy?: boolean }) {
  const [order, setOrder] = useState<InboundOrder>();
  const [line, setLine] = useState<InboundLine>();
  const [pending, setPending] = useState<Pending>();
  const [scanError, setScanError] = useState<string>();
  const { busy, error, run } = useStepRunner();

  const finish = (value: OrderLineEntryValue) => {
    onEntry(value);
    setPending(undefined);
    setLine(undefined);
  };

  const onOrder = (scanned: string) =>
    void run(async () => {
      setScanError(undefined);
      const found = await findOrder(scanned);
      if (!found) setScanError(`There is no inbound order ${scanned}.`);
      setOrder(found);
    });
  const onLine = (scanned: string) =>
    void run(async () => {
      if (!order) return;
      setScanError(undefined);
      const found = await findLine(order, scanned);
      if (!found) setScanError(`Order ${order.orderNumber} has no line ${scanned} nor a line of that item.`);
      setLine(found);
    });
  const onQuantity = (text: string) =>
    void run(async () => {
      const quantity = Number(text.replace(',', '.'));
      if (!order || !line) return;
      if (!Number.isFinite(quantity) || quantity <= 0) return setScanError('Enter a quantity above zero.');
      setScanError(undefined);
      const item = await unwrap(api.GET('/api/v1/items/{itemNumber}', { params: { path: { itemNumber: line.itemNumber } } }));
      const needBatch = item.batchTracked && !line.itemBatchNumber;
      const needSerial = item.serialTracked && !line.itemSerialNumber;
      if (needBatch || needSerial) setPending({ quantity, needBatch, needSerial });
      else finish({ order, line, quantity });
    });
  const onBatch = (batchNumber: string) => {
    if (!order || !line || !pending) return;
    if (pending.needSerial) setPending({ ...pending, needBatch: false, batchNumber });
    else finish({ order, line, quantity: pending.quantity, batchNumber });
  };
  const onSerial = (serialNumber: string) => {
    if (!order || !line || !pending) return;
    finish({ order, line, quantity: pending.quantity, serialNumber, ...(pending.batchNumber ? { batchNumber: pending.batchNumber } : {}) });
  };

  return (
    <div className="qs-stack">
      <ProblemAlert error={error} />
      {order && (
        <Card title={`Order ${order.orderNumber}`}>
          <KeyValues
            entries={[
              ['Source order', order.sourceSystemOrderNumber],
              ['Receiving', order.receivingStatus],
              ...(line
                ? ([
                    ['Line', `${String(line.orderLineNumber)}: ${line.itemNumber}`],
                    ['Expected', formatQuantity(line.expectedInventoryQuantity, line.inventoryUnitSymbol)],
                    ['Still to receive', formatQuantity(line.remainingQuantity, line.inventoryUnitSymbol)],
                    ['Batch', line.itemBatchNumber],
                  ] as [string, string | null][])
                : []),
            ]}
          />
        </Card>
      )}
      {!order && <ScanField key="order" label="Scan order number" onScan={onOrder} busy={busy || parentBusy} error={scanError} />}
      {order && !line && <ScanField key="line" label="Scan item or line number" onScan={onLine} busy={busy || parentBusy} error={scanError} />}
      {order && line && !pending && (
        <ScanField
          key={`qty-${String(line.orderLineNumber)}`}
          label={`Quantity received (${line.inventoryUnitSymbol})`}
          inputMode="decimal"
          initialValue={line.remainingQuantity > 0 ? String(line.remainingQuantity) : ''}
          onScan={onQuantity}
          busy={busy || parentBusy}
          error={scanError}
        />
      )}
      {line && pending?.needBatch && <ScanField key="batch" label={`Scan batch number of ${line.itemNumber}`} onScan={onBatch} busy={parentBusy} />}
      {line && pending && !pending.needBatch && pending.needSerial && <ScanField key="serial" label={`Scan serial number of ${line.itemNumber}`} onScan={onSerial} busy={parentBusy} />}
      {order && (
        <Button
          variant="secondary"
          onClick={() => {
            setScanError(undefined);
            setPending(undefined);
            if (line) setLine(undefined);
            else setOrder(undefined);
          }}
        >
          {line ? 'Another line' : 'Another order'}
        </Button>
      )}
    </div>
  );
}
