import { useState } from 'react';
import { fieldError, ProblemAlert, ScanField } from '../../ui';
import { MobileTitle, useStepRunner } from '../MobileStep';
import { sendOperation } from '../operation';
import { ReceiptResult, type Registered } from './ReceiptResult';

/** One scan of a license plate an ASN announced receives everything packed on it and its cases. */
export function LicensePlateReceive() {
  const [result, setResult] = useState<Registered>();
  const { busy, error, run } = useStepRunner();
  const onScan = (licensePlateNumber: string) =>
    void run(async () => {
      setResult(undefined);
      setResult(await sendOperation(`Receive license plate ${licensePlateNumber}`, '/api/v1/inbound-receiving/license-plate', {}, { licensePlateNumber }));
    });
  return (
    <>
      <MobileTitle title="Receive ASN license plate" />
      <ScanField label={result ? 'Scan the next license plate' : 'Scan ASN license plate'} onScan={onScan} busy={busy} error={fieldError(error, 'licensePlateNumber')} />
      <ProblemAlert error={error} />
      {result && <ReceiptResult result={result} />}
    </>
  );
}
