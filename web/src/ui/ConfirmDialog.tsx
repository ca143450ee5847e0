import { i18n } from '../i18n';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button, type ButtonProps } from './Button';

interface ConfirmDialogProps {
  /** The question, e.g. "Ship confirm load L-1?" */
  title: string;
  /** What will happen, in the words of the person who has to live with it. */
  children: ReactNode;
  /** The button that does it, e.g. "Ship confirm". */
  confirmLabel: string;
  /** danger for what cannot simply be taken back. */
  tone?: 'primary' | 'danger';
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Tab from the dialog's last control goes to its first, Shift+Tab from the first to the last: a modal
 * <dialog> makes the page behind it inert, but the browser would still let focus leave for its own chrome.
 */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])')];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * Asks before an action that cannot simply be undone. A modal <dialog>: the page behind it is inert and
 * Tab stays inside; Escape or "Go back" cancels; focus starts on "Go back" (a stray Enter does nothing
 * harmful) and returns to the button that opened it.
 */
export function ConfirmDialog({ title, children, confirmLabel, tone = 'danger', onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const goBack = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    goBack.current?.focus();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="qs-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={keepFocusInside}
      onCancel={(event) => {
        // Escape: the screen closes the dialog, so that its state and the page agree.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId} className="qs-stack">
        {children}
      </div>
      <div className="qs-dialog-actions">
        <Button ref={goBack} variant="secondary" onClick={onCancel}>
          {i18n.t('ui:goBack')}
        </Button>
        <Button variant={tone} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}

interface ConfirmButtonProps extends Omit<ButtonProps, 'onClick' | 'title'> {
  /** The dialog's question. */
  question: string;
  /** What will happen. */
  consequences: ReactNode;
  /** The dialog's confirm button; the button's own text by default. */
  confirmLabel?: string;
  onConfirm: () => void;
}

/** A button that asks first (ConfirmDialog) and does its action only when confirmed. */
export function ConfirmButton({ question, consequences, confirmLabel, onConfirm, variant = 'danger', children, ...button }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button {...button} variant={variant} onClick={() => setAsking(true)}>
        {children}
      </Button>
      {asking && (
        <ConfirmDialog
          title={question}
          confirmLabel={confirmLabel ?? (typeof children === 'string' ? children : i18n.t('ui:confirm'))}
          tone={variant === 'danger' ? 'danger' : 'primary'}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {consequences}
        </ConfirmDialog>
      )}
    </>
  );
}
