import { useState } from 'react';
import { resolvePackScan, useContainerTypes, useLabelPrinters, type ShippingContainer } from '../../api/packing';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, Empty, KeyValues, ProblemAlert, ScanField, SelectField, TextField, fieldError, formatQuantity } from '../../ui';
import { MobileTitle, useStepRunner } from '../MobileStep';
import { sendOperation } from '../operation';
import { WithWarehouse } from '../Warehouse';

const PRINTER_KEY = 'quayside.mobile.printer';
const TYPE_KEY = 'quayside.mobile.containerType';

function remembered(key: string): string {
  return window.localStorage.getItem(key) ?? '';
}

function remember(key: string, value: string): void {
  if (value) window.localStorage.setItem(key, value);
  else window.localStorage.removeItem(key);
}

/** Scan the packing station and the shipment, then scan picked stock into containers, close each and print its label. */
function Pack({ warehouseId }: { warehouseId: string }) {
  const { t } = useTranslation('packing');
  const types = useContainerTypes();
  const printers = useLabelPrinters();
  const [station, setStation] = useState<string>();
  const [shipment, setShipment] = useState<string>();
  const [typeId, setTypeId] = useState(() => remembered(TYPE_KEY));
  const [printerId, setPrinterId] = useState(() => remembered(PRINTER_KEY));
  const [container, setContainer] = useState<ShippingContainer>();
  const [item, setItem] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [weight, setWeight] = useState('');
  const { busy, error, run } = useStepRunner();
  const typeOptions = (types.data?.items ?? []).map((x) => ({ value: x.containerTypeId, label: `${x.containerTypeId} · ${x.name}` }));
  const containerType = typeOptions.some((o) => o.value === typeId) ? typeId : (typeOptions[0]?.value ?? '');

  const openFor = (shipmentId: string) =>
    void run(async () => {
      if (!station) return;
      const opened = await sendOperation(t('mobile.title'), '/api/v1/shipping-containers', {}, { warehouseId, stationLocationId: station, shipmentId, containerTypeId: containerType });
      setShipment(shipmentId);
      setContainer(opened);
      setMessage(undefined);
    });

  const onScan = (scanned: string) =>
    void run(async () => {
      if (!container) return;
      setMessage(undefined);
      const found = await resolvePackScan(scanned);
      if (found.kind === 'item') {
        setItem(found.itemNumber);
        return;
      }
      const packed = await sendOperation(t('mobile.title'), '/api/v1/shipping-containers/{containerId}/pack', { containerId: container.containerId }, { licensePlateId: found.licensePlateId });
      setContainer(packed);
      setMessage(t('mobile.packed', { quantity: found.licensePlateId }));
    });

  const onQuantity = (value: string) =>
    void run(async () => {
      if (!container || !item) return;
      const packed = await sendOperation(t('mobile.title'), '/api/v1/shipping-containers/{containerId}/pack', { containerId: container.containerId }, { itemNumber: item, quantity: Number(value.replace(',', '.')) });
      setContainer(packed);
      setMessage(t('mobile.packed', { quantity: `${value} ${item}` }));
      setItem(undefined);
    });

  const close = (weight: string | undefined) =>
    void run(async () => {
      if (!container) return;
      const grams = weight === undefined ? undefined : Number.parseInt(weight, 10);
      const closed = await sendOperation(t('mobile.title'), '/api/v1/shipping-containers/{containerId}/close', { containerId: container.containerId }, { ...(grams === undefined ? {} : { weightGrams: grams }), ...(printerId ? { printerId } : {}) });
      setContainer(closed);
      setWeight('');
      setMessage([t('mobile.closed', { containerId: closed.containerId, sscc: closed.sscc ?? '' }), printerId ? t('mobile.printed') : ''].filter(Boolean).join(' '));
    });

  return (
    <>
      <MobileTitle title={t('mobile.title')}>
        <p className="qs-muted">{[warehouseId, station, shipment].filter(Boolean).join(' · ')}</p>
      </MobileTitle>
      {message && <Alert tone="ok">{message}</Alert>}
      <ProblemAlert error={error} />
      {!station && <ScanField key="station" label={t('mobile.station')} onScan={(s) => setStation(s)} busy={busy} />}
      {station && !container && (
        <>
          <SelectField
            label={t('desk.containerType')}
            options={typeOptions}
            value={containerType}
            onChange={(e) => {
              setTypeId(e.target.value);
              remember(TYPE_KEY, e.target.value);
            }}
          />
          <SelectField
            label={t('desk.printer')}
            options={[{ value: '', label: t('desk.noPrinter') }, ...(printers.data?.items ?? []).map((p) => ({ value: p.printerId, label: p.printerId }))]}
            value={printerId}
            onChange={(e) => {
              setPrinterId(e.target.value);
              remember(PRINTER_KEY, e.target.value);
            }}
          />
          <ScanField key="shipment" label={t('mobile.shipment')} onScan={openFor} busy={busy} error={fieldError(error, 'shipmentId') ?? fieldError(error, 'stationLocationId')} />
        </>
      )}
      {container && (
        <Card title={t('mobile.holds', { containerId: container.containerId })}>
          {container.contents.length === 0 ? (
            <Empty>{t('desk.empty')}</Empty>
          ) : (
            <KeyValues entries={container.contents.map((c, i) => [`${String(i + 1)}. ${c.itemNumber}`, formatQuantity(c.quantity, c.unitSymbol)])} />
          )}
        </Card>
      )}
      {container?.status === 'Open' && (
        <>
          {!item && <ScanField key="scan" label={t('mobile.scan', { containerId: container.containerId })} onScan={onScan} busy={busy} error={fieldError(error, 'licensePlateId')} />}
          {item && <ScanField key={`qty-${item}`} label={t('mobile.quantity', { itemNumber: item })} inputMode="decimal" onScan={onQuantity} busy={busy} error={fieldError(error, 'quantity')} />}
          {container.contents.length > 0 && (
            <>
              {/* Not a scan field: the scan field above keeps the focus for the next scan. */}
              <TextField label={t('mobile.weight')} inputMode="numeric" value={weight} onChange={(e) => setWeight(e.target.value)} error={fieldError(error, 'weightGrams')} />
              <Button variant="secondary" onClick={() => close(weight.trim() === '' ? undefined : weight.trim())} busy={busy}>
                {t('mobile.close')}
              </Button>
            </>
          )}
        </>
      )}
      {container?.status === 'Closed' && shipment && (
        <div className="qs-stack">
          <Button onClick={() => openFor(shipment)} busy={busy}>
            {t('mobile.another')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setContainer(undefined);
              setShipment(undefined);
              setMessage(undefined);
            }}
          >
            {t('mobile.otherShipment')}
          </Button>
        </div>
      )}
    </>
  );
}

export function PackScreen() {
  return <WithWarehouse>{(warehouseId) => <Pack warehouseId={warehouseId} />}</WithWarehouse>;
}
