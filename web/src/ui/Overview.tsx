import type { ReactNode } from 'react';
import { i18n, useTranslation } from '../i18n';
import { Button } from './Button';
import { formatDateTime } from './format';
import { Fetched } from './States';

/** An overview's frame: when its figures were taken, a way to take them again, then the tiles and charts. */
export function OverviewFrame({ generatedAt, refreshing, onRefresh, children }: { generatedAt: string; refreshing: boolean; onRefresh: () => void; children: ReactNode }) {
  const { t } = useTranslation('ui');
  return (
    <div className="qs-overview">
      <div className="qs-overview-meta">
        <span className="qs-muted">{t('asOf', { time: formatDateTime(generatedAt) })}</span>
        <Button variant="secondary" busy={refreshing} onClick={onRefresh}>
          {t('refresh')}
        </Button>
      </div>
      {children}
    </div>
  );
}

/** An overview read by one query: loading and errors as every screen shows them, then the frame around the figures. */
export function FetchedOverview<T extends { generatedAt: string }>({
  query,
  what,
  children,
}: {
  query: { data?: T; error: unknown; isPending: boolean; isFetching: boolean; refetch: () => Promise<unknown> };
  what?: string;
  children: (data: T) => ReactNode;
}) {
  return (
    <Fetched query={query} what={what ?? i18n.t('ui:loadingOverview')}>
      {(o) => (
        <OverviewFrame generatedAt={o.generatedAt} refreshing={query.isFetching} onRefresh={() => void query.refetch()}>
          {children(o)}
        </OverviewFrame>
      )}
    </Fetched>
  );
}
