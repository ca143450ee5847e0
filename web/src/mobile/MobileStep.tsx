import { useEffect, useState, type ReactNode } from 'react';

/** A mobile screen's title: the shell's bar holds the page's h1, so a screen starts at h2. */
export function MobileTitle({ title, children }: { title: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Quayside`;
  }, [title]);
  return (
    <div>
      <h2>{title}</h2>
      {children}
    </div>
  );
}

/**
 * Busy and error state of a step that talks to the server. A refusal is kept to show the server's
 * reason; the next attempt clears it.
 */
export function useStepRunner() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

export const sameCode = (a: string | null | undefined, b: string | null | undefined): boolean => !!a && !!b && a.trim().toUpperCase() === b.trim().toUpperCase();
