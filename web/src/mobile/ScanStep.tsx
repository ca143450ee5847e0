import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import { Button, ScanField } from '../ui';
import type { ScanFieldProps } from '../ui/ScanField';
import { useScanFeedback } from './feedback/ScanFeedback';

const CameraScanner = lazy(async () => ({ default: (await import('./camera/CameraScanner')).CameraScanner }));

export interface ScanStepProps extends Omit<ScanFieldProps, 'submitLabel'> {
  submitLabel?: string;
  /** The green bar's words for a good scan; by default "<value> scanned". */
  okMessage?: (value: string) => string;
  /** A quantity or a reason is typed, not scanned: no camera for it. */
  noCamera?: boolean;
}

const hasCamera = () => typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';

/**
 * The one input of a mobile step, answered the same way on every step: a wrong scan turns the bar red
 * with the reason, beeps low and buzzes; a good one turns it green with a short beep. A scan is good
 * when the step took it without an error (it moved on, or finished its work without one). Where the
 * device has no scanner, "Scan with camera" reads the bar code with the phone's camera.
 */
export function ScanStep({ onScan, okMessage, noCamera = false, submitLabel, ...field }: ScanStepProps) {
  const { t } = useTranslation('mobile');
  const feedback = useScanFeedback();
  const [camera, setCamera] = useState(false);
  const latest = useRef({ error: field.error, busy: field.busy ?? false, okMessage });
  useLayoutEffect(() => {
    latest.current = { error: field.error, busy: field.busy ?? false, okMessage };
  });
  const pending = useRef<string>(undefined);

  const settle = () => {
    const value = pending.current;
    if (value === undefined || latest.current.busy) return;
    pending.current = undefined;
    if (latest.current.error) feedback.bad(latest.current.error);
    else feedback.ok(latest.current.okMessage?.(value) ?? t('feedback.scanned', { value }));
  };

  // After an asynchronous step (busy), the outcome is known when it is no longer busy.
  useEffect(() => {
    if (!field.busy) settle();
  });
  // A step that moved on to the next one took the scan (a wrong scan keeps the step; a refusal that ended
  // it has turned the bar red already, which a green signal of the same moment does not replace).
  useEffect(
    () => () => {
      if (pending.current !== undefined) feedback.ok(latest.current.okMessage?.(pending.current) ?? t('feedback.scanned', { value: pending.current }));
      pending.current = undefined;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const take = (value: string) => {
    feedback.begin();
    pending.current = value;
    onScan(value);
    // A step that answers at once (no request) has set its error, if any, by the next tick.
    setTimeout(settle, 0);
  };

  return (
    <div className="qs-scan-step">
      <ScanField {...field} onScan={take} submitLabel={submitLabel ?? t('ok')} />
      {!noCamera && hasCamera() && !camera && (
        <Button variant="secondary" onClick={() => setCamera(true)} disabled={field.busy}>
          {t('camera.open')}
        </Button>
      )}
      {camera && (
        <Suspense fallback={<p className="qs-muted">{t('camera.starting')}</p>}>
          <CameraScanner
            onClose={() => setCamera(false)}
            onCode={(value) => {
              setCamera(false);
              take(value);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
