import { useState, type FormEvent } from 'react';
import { useSaveMessage, type MessageBody, type MessageDetails } from '../../api/messages';
import { useTranslation } from '../../i18n';
import { Button, Card, fieldError, Lookup, ProblemAlert, TextField } from '../../ui';

type Values = Record<string, unknown>;

/** Fields the form never offers: they identify the message and cannot change (the server refuses it too). */
const FIXED = new Set(['messageId', 'orderNumber', 'sourceSystemId', 'lines', 'orderLineNumber']);

/** The header and line fields shown first, per message type, also when the message leaves them empty. */
const HEADER: Record<string, readonly string[]> = {
  InboundShipmentOrder: ['receivingWarehouseId', 'orderType', 'plannedReceiptPeriodStart', 'plannedReceiptPeriodEnd', 'consignerAccountNumber', 'consignerName'],
  OutboundShipmentOrder: ['shipFromWarehouseId', 'orderType', 'requestedShippingPeriodStart', 'requestedShippingPeriodEnd', 'receiverName', 'receiverCity', 'receiverCountryRegionId', 'deliveryModeCode'],
  Product: ['productName', 'productSubtype', 'inventoryUnitSymbol', 'trackingDimensionGroupName'],
  ProductVariant: ['productColorId', 'productSizeId', 'productStyleId', 'productConfigurationId', 'productName'],
  ProductUnitConversion: ['fromUnitSymbol', 'toUnitSymbol', 'factor'],
  ProductBarcode: ['barcode', 'barcodeSetupId', 'productQuantity', 'productQuantityUnitSymbol'],
};
/** A product message is about one item: its item numbers cannot change either. */
const FIXED_PRODUCT = new Set(['itemNumber', 'itemMasterNumber']);
const LINE: Record<string, readonly string[]> = {
  InboundShipmentOrder: ['itemNumber', 'expectedQuantity', 'expectedUnitSymbol'],
  OutboundShipmentOrder: ['itemNumber', 'orderedQuantity', 'orderedUnitSymbol'],
};
const NUMERIC = /(Quantity|Percentage|Days|LineNumber|Latitude|Longitude|Weight|Volume|^factor|^numerator|^denominator)$/;
const WAREHOUSE = new Set(['receivingWarehouseId', 'shipFromWarehouseId']);

/** The fields of a record: the known ones first, then whatever else the message carries, in its order. */
function fieldNames(known: readonly string[], record: Values): string[] {
  return [...known, ...Object.keys(record).filter((k) => !known.includes(k) && !FIXED.has(k) && (record[k] === null || typeof record[k] !== 'object'))];
}

/** The form's text back into the message: numbers as numbers, an emptied optional field left out. */
function toValue(name: string, text: string): unknown {
  if (text.trim() === '') return undefined;
  return NUMERIC.test(name) && Number.isFinite(Number(text)) ? Number(text) : text;
}

function withValue(record: Values, name: string, text: string): Values {
  const next = { ...record };
  const value = toValue(name, text);
  if (value === undefined) delete next[name];
  else next[name] = value;
  return next;
}

const shown = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '');

/**
 * Edits a message as a form: the order header's fields and each line's, checked by the server with the same
 * schema as a message the source system sends (the reasons show at the fields). A Failed message gets a new
 * Draft version (the old one stays as it was); a Draft is changed in place. The message id, the order number
 * and the line numbers cannot change.
 */
export function MessageEditForm({ title, message, onSaved, onCancel }: { title: string; message: MessageDetails; onSaved: (id: number) => void; onCancel: () => void }) {
  const { t } = useTranslation('integration');
  const original = message.content as Values & { lines?: Values[] };
  const [header, setHeader] = useState<Values>(() => ({ ...original }));
  const [lines, setLines] = useState<Values[]>(() => (original.lines ?? []).map((l) => ({ ...l })));
  const save = useSaveMessage(message.id, { onSuccess: (saved) => onSaved(saved.id) });
  const label = (name: string) => t(`content.${name}` as never, { defaultValue: name.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase()) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate((original.lines === undefined ? { ...header } : { ...header, lines }) as MessageBody);
  };
  const headerFields = fieldNames(HEADER[message.messageType] ?? [], header).filter((name) => original.lines !== undefined || !FIXED_PRODUCT.has(name));
  const field = (name: string, value: unknown, onChange: (text: string) => void, errorPath: string) => {
    const error = fieldError(save.error, errorPath);
    if (WAREHOUSE.has(name)) return <Lookup key={name} kind="warehouse" label={label(name)} value={shown(value)} onChange={onChange} error={error} />;
    return <TextField key={name} label={label(name)} inputMode={NUMERIC.test(name) ? 'decimal' : undefined} value={shown(value)} onChange={(e) => onChange(e.target.value)} error={error} />;
  };
  return (
    <Card title={title}>
      <form className="qs-stack" onSubmit={submit} aria-label={title}>
        <p className="qs-muted">{t('edit.hint', { messageId: message.messageId, orderNumber: message.orderNumber })}</p>
        <fieldset className="qs-stack">
          <legend>{t('edit.header')}</legend>
          <div className="qs-row">{headerFields.map((name) => field(name, header[name], (text) => setHeader((h) => withValue(h, name, text)), name))}</div>
        </fieldset>
        {lines.map((line, index) => (
          <fieldset key={shown(line.orderLineNumber)} className="qs-stack">
            <legend>{t('edit.line', { number: shown(line.orderLineNumber) })}</legend>
            <div className="qs-row">
              {fieldNames(LINE[message.messageType] ?? [], line).map((name) =>
                field(name, line[name], (text) => setLines((all) => all.map((l, i) => (i === index ? withValue(l, name, text) : l))), `lines.${String(index)}.${name}`),
              )}
            </div>
          </fieldset>
        ))}
        <ProblemAlert error={save.error} />
        <div className="qs-row">
          <Button type="submit" busy={save.isPending}>
            {message.processingStatus === 'Draft' ? t('edit.saveDraft') : t('edit.saveVersion')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('edit.discard')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
