import { useState } from 'react';
import { useLabelPrinters, usePrintLicensePlateLabel } from '../../api/packing';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, ProblemAlert, SelectField } from '../../ui';

/** Shared with the packing screen: the printer this handheld prints on, kept across screens and shifts. */
const PRINTER_KEY = 'quayside.mobile.printer';

/** Labels for the license plates just received: the put-away worker scans them from the pallet. */
export function LicensePlateLabels({ plates }: { plates: readonly string[] }) {
  const { t } = useTranslation('mobile');
  const printers = useLabelPrinters();
  const [printerId, setPrinterId] = useState(() => window.localStorage.getItem(PRINTER_KEY) ?? '');
  const print = usePrintLicensePlateLabel();
  const options = (printers.data?.items ?? []).map((p) => ({ value: p.printerId, label: `${p.printerId} · ${p.name}` }));
  if (plates.length === 0 || options.length === 0) return null;
  return (
    <Card title={t('receive.labelsTitle')}>
      <SelectField
        label={t('receive.labelPrinter')}
        placeholder={t('receive.noPrinter')}
        options={options}
        value={printerId}
        onChange={(e) => {
          setPrinterId(e.target.value);
          if (e.target.value) window.localStorage.setItem(PRINTER_KEY, e.target.value);
        }}
      />
      {plates.map((plate) => (
        <Button key={plate} variant="secondary" disabled={!printerId} busy={print.isPending && print.variables.licensePlateId === plate} onClick={() => print.mutate({ licensePlateId: plate, printerId })}>
          {t('receive.printLabel', { plate })}
        </Button>
      ))}
      {print.isSuccess && <Alert tone="ok">{t('receive.labelQueued', { plate: print.variables.licensePlateId, printer: print.variables.printerId })}</Alert>}
      <ProblemAlert error={print.error} />
    </Card>
  );
}
