import { Link } from 'react-router';
import type { ReactNode } from 'react';

export interface TileProps {
  label: string;
  value: number | string;
  /** The list the figure counts, filtered to it. */
  to?: string;
  /** bad: something waits that should not (failed, overdue); warn: worth a look; none: just a figure. */
  tone?: 'ok' | 'warn' | 'bad';
  hint?: string;
}

/** One figure of an overview, large, with what it counts; a link to the filtered list behind it where there is one. */
export function Tile({ label, value, to, tone, hint }: TileProps) {
  const body = (
    <>
      <span className="qs-tile-value">{value}</span>
      <span className="qs-tile-label">{label}</span>
      {hint && <span className="qs-tile-hint">{hint}</span>}
    </>
  );
  return to ? (
    <Link className="qs-tile" data-tone={tone} to={to}>
      {body}
    </Link>
  ) : (
    <div className="qs-tile" data-tone={tone}>
      {body}
    </div>
  );
}

/** A row of tiles under a heading, e.g. "Orders to release". */
export function Tiles({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="qs-tiles-group" aria-label={title}>
      <h2>{title}</h2>
      <div className="qs-tiles">{children}</div>
    </section>
  );
}

/** A figure is bad or worth a look only when there is something to look at. */
export const toneIf = (value: number, tone: 'ok' | 'warn' | 'bad') => (value > 0 ? tone : undefined);

/** The address of a list with its filters set, in the form the list keeps them (useListState's prefix). */
export function listLink(path: string, prefix: string, filters: Record<string, string>): string {
  const params = new URLSearchParams(Object.entries(filters).map(([name, value]) => [`${prefix}.${name}`, value]));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
