import { useState } from 'react';
import { downloadLabelZpl, openLabelPdf, resolvePackScan, useCloseContainer, useContainerTypes, useLabelPrinters, useOpenContainer, usePackingStations, usePackIntoContainer, usePrintLabel, useShippingContainer, useShippingContainers, type ShippingContainer } from '../../api/packing';
import { useWarehouseOptions } from '../../api/warehouses';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, Empty, Fetched, KeyValues, ProblemAlert, ScanField, SelectField, StatusPill, TextField, fieldError, formatDateTime, formatQuantity } from '../../ui';

export function formatKg(grams: number | null | undefined): string {
  return grams === null || grams === undefined ? '—' : `${(grams / 1000).toLocaleString(undefined, { minimumFractionDigits: 3, maximumFractionDigits: 3 })} kg`;
}

function contentsText(c: ShippingContainer): string {
  return c.contents.map((x) => `${x.itemNumber} ${formatQuantity(x.quantity, x.unitSymbol)}`).join(', ');
}

/** The label buttons of a closed container: PDF, ZPL, and print on a printer. */
function LabelActions({ container, printerId }: { container: ShippingContainer; printerId: string }) {
  const { t } = useTranslation('packing');
  const print = usePrintLabel();
  const [error, setError] = useState<unknown>();
  if (container.sscc === null) return <span className="qs-muted">—</span>;
  return (
    <span className="qs-row">
      <Button variant="secondary" onClick={() => void openLabelPdf(container.containerId).catch(setError)}>
        {t('desk.pdf')}
      </Button>{' '}
      <Button variant="secondary" onClick={() => void downloadLabelZpl(container.containerId).catch(setError)}>
        {t('desk.zpl')}
      </Button>{' '}
      {printerId !== '' && (
        <Button variant="secondary" busy={print.isPending} onClick={() => print.mutate({ containerId: container.containerId, printerId })}>
          {t('desk.print')}
        </Button>
      )}
      {print.data && <span role="status"> {t('desk.queued', { printerId })}</span>}
      <ProblemAlert error={error ?? print.error} />
    </span>
  );
}

function ContentsTable({ container }: { container: ShippingContainer }) {
  const { t } = useTranslation('packing');
  if (container.contents.length === 0) return <Empty>{t('desk.empty')}</Empty>;
  return (
    <div className="qs-table-wrap">
      <table className="qs-table">
        <caption className="qs-visually-hidden">{t('desk.contents')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.order')}</th>
            <th scope="col">{t('columns.item')}</th>
            <th scope="col" data-numeric>
              {t('columns.quantity')}
            </th>
          </tr>
        </thead>
        <tbody>
          {container.contents.map((c) => (
            <tr key={`${c.orderNumber}-${String(c.orderLineNumber)}-${c.itemNumber}-${c.batchNumber ?? ''}-${c.serialNumber ?? ''}`}>
              <td>
                {c.orderNumber} / {c.orderLineNumber}
              </td>
              <td>{[c.itemNumber, c.batchNumber, c.serialNumber].filter(Boolean).join(' · ')}</td>
              <td data-numeric>{formatQuantity(c.quantity, c.unitSymbol)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The open container: scan stock into it, then close it with its weight (and print). */
function CurrentContainer({ containerId, printerId, onNext }: { containerId: string; printerId: string; onNext: () => void }) {
  const { t } = useTranslation('packing');
  const container = useShippingContainer(containerId);
  const pack = usePackIntoContainer(containerId);
  const close = useCloseContainer(containerId);
  const [item, setItem] = useState<string>();
  const [weight, setWeight] = useState('');
  const [message, setMessage] = useState<string>();
  const [scanError, setScanError] = useState<unknown>();

  const onScan = (scanned: string) => {
    setMessage(undefined);
    setScanError(undefined);
    void resolvePackScan(scanned)
      .then(async (found) => {
        if (found.kind === 'item') {
          setItem(found.itemNumber);
          return;
        }
        const packed = await pack.mutateAsync({ licensePlateId: found.licensePlateId });
        setMessage(t('desk.packed', { quantity: scanned, containerId: packed.containerId }));
      })
      .catch(setScanError);
  };
  const onQuantity = (value: string) => {
    if (!item) return;
    void pack
      .mutateAsync({ itemNumber: item, quantity: Number(value.replace(',', '.')) })
      .then(() => {
        setMessage(t('desk.packed', { quantity: `${value} ${item}`, containerId }));
        setItem(undefined);
      })
      .catch(setScanError);
  };

  return (
    <Fetched query={container} what={t('desk.openContainer', { containerId })}>
      {(c) => (
        <Card title={t('desk.openContainer', { containerId: c.containerId })}>
          <KeyValues
            entries={[
              [t('columns.status'), <StatusPill key="s" status={c.status} />],
              [t('columns.type'), c.containerTypeName],
              [t('columns.station'), c.stationLocationId],
              [t('columns.sscc'), c.sscc],
              [t('columns.weight'), formatKg(c.weightGrams)],
            ]}
          />
          {message && <Alert tone="ok">{message}</Alert>}
          {c.status === 'Open' && (
            <>
              {!item && <ScanField key="scan" label={t('desk.scan')} hint={t('desk.scanHint')} onScan={onScan} busy={pack.isPending} error={fieldError(scanError, 'licensePlateId')} submitLabel={t('desk.pack')} />}
              {item && <ScanField key={`qty-${item}`} label={t('desk.quantity', { itemNumber: item })} inputMode="decimal" onScan={onQuantity} busy={pack.isPending} error={fieldError(scanError, 'quantity')} submitLabel={t('desk.pack')} />}
              <ProblemAlert error={scanError} />
            </>
          )}
          <ContentsTable container={c} />
          {c.status === 'Open' ? (
            <form
              className="qs-row"
              onSubmit={(event) => {
                event.preventDefault();
                const grams = weight.trim() === '' ? undefined : Number(weight);
                close.mutate({ ...(grams === undefined ? {} : { weightGrams: grams }), ...(printerId ? { printerId } : {}) });
              }}
            >
              <TextField label={t('desk.weight')} hint={t('desk.weightHint', { max: c.maxWeightGrams })} inputMode="numeric" value={weight} onChange={(e) => setWeight(e.target.value)} error={fieldError(close.error, 'weightGrams')} />
              <Button type="submit" variant="primary" busy={close.isPending} disabled={c.contents.length === 0}>
                {t('desk.close')}
              </Button>
              <ProblemAlert error={close.error} />
            </form>
          ) : (
            <>
              <Alert tone="ok">{t('desk.closed', { containerId: c.containerId, sscc: c.sscc ?? '', weight: formatKg(c.weightGrams) })}</Alert>
              <LabelActions container={c} printerId={printerId} />
              <p>
                <Button variant="primary" onClick={onNext}>
                  {t('desk.next')}
                </Button>
              </p>
            </>
          )}
        </Card>
      )}
    </Fetched>
  );
}

/** The containers of a shipment with what each holds, their SSCCs and labels. */
export function ShipmentContainers({ shipmentId, printerId }: { shipmentId: string; printerId: string }) {
  const { t } = useTranslation('packing');
  const containers = useShippingContainers({ shipmentId }, shipmentId !== '');
  return (
    <Card title={t('desk.containers', { shipmentId })}>
      <Fetched query={containers} what={t('desk.containers', { shipmentId })}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('desk.noContainers')}</Empty>
          ) : (
            <div className="qs-table-wrap">
              <table className="qs-table">
                <caption className="qs-visually-hidden">{t('desk.containers', { shipmentId })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('columns.container')}</th>
                    <th scope="col">{t('columns.type')}</th>
                    <th scope="col">{t('columns.status')}</th>
                    <th scope="col">{t('columns.sscc')}</th>
                    <th scope="col" data-numeric>
                      {t('columns.weight')}
                    </th>
                    <th scope="col">{t('columns.contents')}</th>
                    <th scope="col">{t('columns.openedBy')}</th>
                    <th scope="col">{t('columns.label')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((c) => (
                    <tr key={c.containerId}>
                      <td>{c.containerId}</td>
                      <td>{c.containerTypeName}</td>
                      <td>
                        <StatusPill status={c.status} />
                      </td>
                      <td>{c.sscc ?? '—'}</td>
                      <td data-numeric>{formatKg(c.weightGrams)}</td>
                      <td>{contentsText(c) || '—'}</td>
                      <td>
                        {c.openedBy} · {formatDateTime(c.openedAt)}
                      </td>
                      <td>
                        <LabelActions container={c} printerId={printerId} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Fetched>
    </Card>
  );
}

/** The desk packing screen: choose station, shipment and container type; open, scan, close, print; see the shipment's containers. */
export function PackingDesk() {
  const { t } = useTranslation('packing');
  const warehouses = useWarehouseOptions();
  const [warehouseId, setWarehouseId] = useState('');
  const chosenWarehouse = warehouseId || warehouses[0]?.value || '';
  const stations = usePackingStations(chosenWarehouse);
  const types = useContainerTypes();
  const printers = useLabelPrinters();
  const [stationId, setStationId] = useState('');
  const [shipmentId, setShipmentId] = useState('');
  const [shown, setShown] = useState('');
  const [typeId, setTypeId] = useState('');
  const [printerId, setPrinterId] = useState('');
  const [containerId, setContainerId] = useState<string>();
  const open = useOpenContainer();
  const stationOptions = (stations.data?.items ?? []).map((l) => l.locationId);
  const station = stationId || stationOptions[0] || '';
  const typeOptions = (types.data?.items ?? []).map((x) => ({ value: x.containerTypeId, label: `${x.containerTypeId} · ${x.name}` }));
  const containerType = typeId || typeOptions[0]?.value || '';

  return (
    <div className="qs-stack">
      <Card title={t('desk.title')}>
        <p className="qs-muted">{t('desk.intro')}</p>
        <form
          className="qs-grid"
          onSubmit={(event) => {
            event.preventDefault();
            setShown(shipmentId.trim());
            open.mutate(
              { warehouseId: chosenWarehouse, stationLocationId: station, shipmentId: shipmentId.trim(), containerTypeId: containerType },
              { onSuccess: (c) => setContainerId(c.containerId) },
            );
          }}
        >
          <SelectField label={t('desk.warehouse')} options={warehouses} value={chosenWarehouse} onChange={(e) => setWarehouseId(e.target.value)} />
          <SelectField label={t('desk.station')} hint={t('desk.stationHint')} options={stationOptions} value={station} onChange={(e) => setStationId(e.target.value)} error={fieldError(open.error, 'stationLocationId')} />
          <TextField label={t('desk.shipment')} hint={t('desk.shipmentHint')} value={shipmentId} onChange={(e) => setShipmentId(e.target.value)} required maxLength={100} error={fieldError(open.error, 'shipmentId')} />
          <SelectField label={t('desk.containerType')} options={typeOptions} value={containerType} onChange={(e) => setTypeId(e.target.value)} error={fieldError(open.error, 'containerTypeId')} />
          <SelectField
            label={t('desk.printer')}
            options={[{ value: '', label: t('desk.noPrinter') }, ...(printers.data?.items ?? []).map((p) => ({ value: p.printerId, label: `${p.printerId} · ${p.name}` }))]}
            value={printerId}
            onChange={(e) => setPrinterId(e.target.value)}
          />
          <div className="qs-row">
            <Button type="submit" variant="primary" busy={open.isPending} disabled={station === '' || containerType === ''}>
              {t('desk.open')}
            </Button>{' '}
            <Button type="button" variant="secondary" onClick={() => setShown(shipmentId.trim())}>
              {t('desk.showShipment')}
            </Button>
          </div>
        </form>
        {stations.data && stationOptions.length === 0 && <Alert tone="warn">{t('desk.noStations')}</Alert>}
        <ProblemAlert error={open.error} />
      </Card>
      {containerId && <CurrentContainer key={containerId} containerId={containerId} printerId={printerId} onNext={() => setContainerId(undefined)} />}
      {shown !== '' && <ShipmentContainers shipmentId={shown} printerId={printerId} />}
    </div>
  );
}
