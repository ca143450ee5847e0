import type { ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { ProblemAlert } from './Alert';

export function Loading({ what }: { what?: string }) {
  const { t } = useTranslation('ui');
  return (
    <div className="qs-loading" role="status" aria-live="polite">
      {what ?? t('loading')}…
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="qs-empty">{children}</div>;
}

/** The three states of anything fetched: loading, failed with the server's reason, or there. */
export function Fetched<T>({ query, children, what }: { query: { data?: T; error: unknown; isPending: boolean }; children: (data: T) => ReactNode; what?: string }) {
  if (query.error) return <ProblemAlert error={query.error} />;
  if (query.isPending || query.data === undefined) return <Loading what={what} />;
  return <>{children(query.data)}</>;
}
