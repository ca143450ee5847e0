import { i18n } from '../i18n';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

export interface ScanFieldProps {
  label: string;
  /** Called with the trimmed value when the worker presses Enter (or the scanner sends it). */
  onScan: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  inputMode?: 'text' | 'decimal' | 'numeric';
  busy?: boolean;
  /** A value to start from, e.g. the suggested quantity. */
  initialValue?: string;
  submitLabel?: string;
}

/**
 * The one input of a mobile step. A keyboard-wedge scanner types the code and sends Enter, so the
 * field always has focus, submits on Enter and clears itself for the next scan. Give each step its own
 * `key` so a new step starts from its own initial value.
 */
export function ScanField({ label, onScan, hint, error, inputMode = 'text', busy = false, initialValue = '', submitLabel = 'OK' }: ScanFieldProps) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initialValue);

  useEffect(() => {
    if (!busy) ref.current?.focus();
  }, [busy, label, error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const scanned = value.trim();
    if (!scanned || busy) return;
    onScan(scanned);
    if (!initialValue) setValue('');
  };

  return (
    <form className="qs-stack" onSubmit={submit}>
      <div className="qs-field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          ref={ref}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          inputMode={inputMode}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          enterKeyHint="go"
          aria-invalid={error ? true : undefined}
          aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined}
          readOnly={busy}
        />
        {hint && (
          <span className="qs-hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        {error && (
          <span className="qs-field-error" id={`${id}-error`} role="alert">
            {error}
          </span>
        )}
      </div>
      <button className="qs-button" type="submit" disabled={busy}>
        {busy ? i18n.t('ui:sending') : submitLabel}
      </button>
    </form>
  );
}
