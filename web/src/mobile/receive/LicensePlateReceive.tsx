import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { fieldError, ProblemAlert } from '../../ui';
import { MobileTitle, useStepRunner } from '../MobileStep';
import { sendOperation } from '../operation';
import { ScanStep } from '../ScanStep';
import { ReceiptResult, type Registered } from './ReceiptResult';

/** One scan of a license plate an ASN announced receives everything packed on it and its cases. */
export function LicensePlateReceive() {
  const { t } = useTranslation('mobile');
  const [result, setResult] = useState<Registered>();
  const { busy, error, run } = useStepRunner();
  const onScan = (licensePlateNumber: string) =>
    void run(async () => {
      setResult(undefined);
      setResult(await sendOperation(t('receive.opPlate', { plate: licensePlateNumber }), '/api/v1/inbound-receiving/license-plate', {}, { licensePlateNumber }));
    });
  return (
    <>
      <MobileTitle title={t('receive.plateTitle')} />
      <ScanStep
        label={result ? t('receive.scanNextPlate') : t('receive.scanAsnPlate')}
        onScan={onScan}
        busy={busy}
        error={fieldError(error, 'licensePlateNumber')}
      />
      <ProblemAlert error={error} />
      {result && <ReceiptResult result={result} />}
    </>
  );
}
