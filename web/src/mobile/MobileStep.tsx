import { useEffect, useState, type ReactNode } from 'react';
import { isProblem } from '../api/problem';
import { useTranslation } from '../i18n';
import { formatQuantity } from '../ui';
import { useScanFeedback } from './feedback/ScanFeedback';
import { useItem } from './lookups';

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

/** What the server (or the connection) said, in a line for the red bar. */
export function problemText(error: unknown): string {
  if (isProblem(error)) return error.detail && error.detail !== error.title ? `${error.title}: ${error.detail}` : error.title;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Busy and error state of a step that talks to the server. A refusal is kept to show the server's
 * reason, and turns the scan bar red; the next attempt clears it.
 */
export function useStepRunner() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const feedback = useScanFeedback();
  const run = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (caught) {
      setError(caught);
      feedback.bad(problemText(caught));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

export const sameCode = (a: string | null | undefined, b: string | null | undefined): boolean => !!a && !!b && a.trim().toUpperCase() === b.trim().toUpperCase();

interface StepFactsProps {
  /** Where to go: the location (or plate), in the largest type. */
  where?: { label: string; value: string | null | undefined } | undefined;
  /** How much, in the largest type. */
  quantity?: { label: string; value: number; unit: string | null | undefined } | undefined;
  itemNumber?: string | null | undefined;
  /** Further facts (order, customer, plate, batch, status), one per line. */
  facts?: ReadonlyArray<readonly [string, ReactNode]>;
  title?: string;
}

/**
 * What a worker needs at a glance on a step: where and how much in large type, the item's number and
 * name, then the order, the party and the rest in smaller lines.
 */
export function StepFacts({ where, quantity, itemNumber, facts = [], title }: StepFactsProps) {
  const { t } = useTranslation('mobile');
  const item = useItem(itemNumber);
  return (
    <section className="qs-step-facts" aria-label={title ?? t('step.facts')}>
      {title && <h3>{title}</h3>}
      {where && (
        <div className="qs-step-big">
          <span>{where.label}</span>
          <strong>{where.value ?? '—'}</strong>
        </div>
      )}
      {quantity && (
        <div className="qs-step-big">
          <span>{quantity.label}</span>
          <strong>{formatQuantity(quantity.value, quantity.unit)}</strong>
        </div>
      )}
      {itemNumber && (
        <div className="qs-step-item">
          <strong>{itemNumber}</strong>
          {item.data?.name && item.data.name !== itemNumber && <span>{item.data.name}</span>}
        </div>
      )}
      {facts.length > 0 && (
        <dl className="qs-step-more">
          {facts
            .filter(([, value]) => value !== null && value !== undefined && value !== '')
            .map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      )}
    </section>
  );
}
