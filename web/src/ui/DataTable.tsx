import type { ReactNode } from 'react';
import { Button } from './Button';
import { ProblemAlert } from './Alert';
import { Empty, Loading } from './States';
import type { ListState } from './list-state';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** The API's sort field for this column; the header becomes a sort button. */
  sortKey?: string;
  numeric?: boolean;
}

export interface PageOf<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A list the API answers whole (no paging) in the shape DataTable takes, so every table looks and reads alike. */
export function wholeList<T>(items: T[]): { data: PageOf<T>; error: null; isPending: false } {
  return { data: { items, total: items.length, limit: items.length, offset: 0 }, error: null, isPending: false };
}

export interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  query: { data?: PageOf<T> | undefined; error: unknown; isPending: boolean; isFetching?: boolean };
  rowKey: (row: T) => string | number;
  list?: ListState;
  empty?: ReactNode;
  onSelect?: (row: T) => void;
  selectedKey?: string | number | undefined;
}

/** A server-paged, server-sorted table: the page, total and order come from the API, never from the browser. */
export function DataTable<T>({ caption, columns, query, rowKey, list, empty = 'Nothing here yet.', onSelect, selectedKey }: DataTableProps<T>) {
  if (query.error) return <ProblemAlert error={query.error} />;
  if (query.isPending || !query.data) return <Loading what={`Loading ${caption.toLowerCase()}`} />;
  const page = query.data;
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = page.offset + page.items.length;
  return (
    // Focusable so a keyboard user can scroll a table wider than the screen (axe: scrollable-region-focusable).
    <div className="qs-table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="qs-table" aria-busy={query.isFetching || undefined}>
        <caption className="qs-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const sorted = list && c.sortKey && list.sort === c.sortKey ? list.order : undefined;
              return (
                <th key={c.header} scope="col" data-numeric={c.numeric || undefined} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                  {list && c.sortKey ? (
                    <button type="button" onClick={() => list.toggleSort(c.sortKey ?? '')}>
                      {c.header} {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {page.items.map((row) => {
            const key = rowKey(row);
            return (
              <tr key={key} data-selected={selectedKey === key || undefined}>
                {columns.map((c, i) => (
                  <td key={c.header} data-numeric={c.numeric || undefined}>
                    {i === 0 && onSelect ? (
                      <Button variant="link" onClick={() => onSelect(row)}>
                        {c.cell(row)}
                      </Button>
                    ) : (
                      c.cell(row)
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {page.items.length === 0 && <Empty>{empty}</Empty>}
      {list && (
        <div className="qs-pager">
          <span>
            {from}–{to} of {page.total}
          </span>
          <Button variant="secondary" disabled={page.offset === 0} onClick={() => list.setOffset(Math.max(0, page.offset - page.limit))}>
            Previous
          </Button>
          <Button variant="secondary" disabled={to >= page.total} onClick={() => list.setOffset(page.offset + page.limit)}>
            Next
          </Button>
        </div>
      )}
    </div>
  );
}
