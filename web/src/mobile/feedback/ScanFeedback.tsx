import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { signal, type Tone } from './signal';

interface Feedback {
  tone: Tone;
  message: string;
  /** Tells two equal messages apart, so a second wrong scan flashes the bar again. */
  seq: number;
}

interface ScanFeedbackApi {
  /** A new scan starts: its outcome gets a sound of its own, whatever the last scan's was. */
  begin: () => void;
  ok: (message: string) => void;
  bad: (message: string) => void;
  clear: () => void;
}

const noop = () => undefined;
const Context = createContext<ScanFeedbackApi>({ begin: noop, ok: noop, bad: noop, clear: noop });
const State = createContext<Feedback | undefined>(undefined);

/** Signals this close together, without a new scan between them, are one outcome (a field's error and the step's problem). */
const SAME_SCAN_MS = 2000;

/**
 * The outcome of the last scan, for every step of the mobile app: the bar (green or red, full width, the
 * message in large type), the sound and the vibration all come from here, so every step answers a scan
 * the same way.
 */
export function ScanFeedbackProvider({ children }: { children: ReactNode }) {
  const [feedback, setFeedback] = useState<Feedback>();
  const last = useRef<{ tone: Tone; at: number }>(undefined);
  const show = useCallback((tone: Tone, message: string) => {
    const now = Date.now();
    const previous = last.current;
    // Within one scan a red outcome wins over a green one, and a second signal makes no second sound.
    if (previous && now - previous.at < SAME_SCAN_MS && (previous.tone === tone || previous.tone === 'bad')) {
      if (previous.tone === tone) setFeedback((f) => (f ? { ...f, message } : f));
      return;
    }
    last.current = { tone, at: now };
    signal(tone);
    setFeedback((f) => ({ tone, message, seq: (f?.seq ?? 0) + 1 }));
  }, []);
  const api = useMemo<ScanFeedbackApi>(
    () => ({
      begin: () => {
        last.current = undefined;
      },
      ok: (m) => show('ok', m),
      bad: (m) => show('bad', m),
      clear: () => setFeedback(undefined),
    }),
    [show],
  );
  return (
    <Context.Provider value={api}>
      <State.Provider value={feedback}>{children}</State.Provider>
    </Context.Provider>
  );
}

export function useScanFeedback(): ScanFeedbackApi {
  return useContext(Context);
}

/** The full-width bar under the shell's header: what the last scan did. */
export function ScanFeedbackBar() {
  const feedback = useContext(State);
  const { clear } = useContext(Context);
  const { t } = useTranslation('mobile');
  if (!feedback) return null;
  return (
    <div key={feedback.seq} className="qs-scan-bar" data-tone={feedback.tone} role={feedback.tone === 'bad' ? 'alert' : 'status'}>
      <span aria-hidden="true">{feedback.tone === 'ok' ? '✓' : '✗'}</span>
      <span className="qs-scan-bar-text">{feedback.message}</span>
      <button type="button" onClick={clear} aria-label={t('feedback.dismiss')}>
        ×
      </button>
    </div>
  );
}
