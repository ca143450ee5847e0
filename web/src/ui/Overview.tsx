import type { ReactNode } from 'react';
import { Button } from './Button';
import { formatDateTime } from './format';

/** An overview's frame: when its figures were taken, a way to take them again, then the tiles and charts. */
export function OverviewFrame({ generatedAt, refreshing, onRefresh, children }: { generatedAt: string; refreshing: boolean; onRefresh: () => void; children: ReactNode }) {
  return (
    <div className="qs-overview">
      <div className="qs-overview-meta">
        <span className="qs-muted">As of {formatDateTime(generatedAt)}</span>
        <Button variant="secondary" busy={refreshing} onClick={onRefresh}>
          Refresh
        </Button>
      </div>
      {children}
    </div>
  );
}
