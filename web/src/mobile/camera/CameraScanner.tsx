import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n';
import { Button } from '../../ui';
import { createDetector } from './detector';

/**
 * The phone's back camera, read until a bar code is found: its value is handed over as if the scanner had
 * typed it. The camera is released as soon as a code is read or the worker closes the view.
 */
export function CameraScanner({ onCode, onClose }: { onCode: (value: string) => void; onClose: () => void }) {
  const { t } = useTranslation('mobile');
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<'starting' | 'looking' | 'failed'>('starting');
  const [reason, setReason] = useState<string>();

  useEffect(() => {
    let stream: MediaStream | undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    void (async () => {
      try {
        const detector = await createDetector();
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        const element = video.current;
        if (stopped || !element) return stop();
        element.srcObject = stream;
        await element.play();
        setState('looking');
        const look = async () => {
          if (stopped) return;
          const found = element.readyState >= 2 ? (await detector.detect(element)).find((code) => code.rawValue.trim() !== '') : undefined;
          if (stopped) return;
          if (found) {
            stop();
            onCode(found.rawValue.trim());
          } else timer = setTimeout(() => void look(), 200);
        };
        await look();
      } catch (error) {
        if (stopped) return;
        setState('failed');
        setReason(error instanceof Error ? error.message : String(error));
        stop();
      }
    })();
    return stop;
    // The scanner runs once per opening; onCode is the step's handler at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="qs-camera" role="group" aria-label={t('camera.title')}>
      <video ref={video} muted playsInline aria-label={t('camera.preview')} />
      <p className="qs-camera-state" role="status">
        {state === 'starting' ? t('camera.starting') : state === 'looking' ? t('camera.looking') : t('camera.failed', { reason: reason ?? '' })}
      </p>
      <Button variant="secondary" onClick={onClose}>
        {t('camera.close')}
      </Button>
    </div>
  );
}
