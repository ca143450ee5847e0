import type { ReactNode } from 'react';
import { useTranslation } from '../i18n';
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
  /**
   * Free text (names, reasons, descriptions): shown on one line, cut with "…" and given in full as the cell's
   * tooltip. Without it, text longer than LONG_TEXT characters is treated the same; everything else (ids,
   * numbers, dates, statuses) never wraps.
   */
  long?: boolean;
  /** The full text for the tooltip of a long cell whose content is not plain text. */
  title?: (row: T) => string | null | undefined;
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

/** Row selection for actions on many rows at once. */
export interface Selection<T> {
  keys: ReadonlySet<string | number>;
  onChange: (keys: Set<string | number>) => void;
  /** Rows that cannot take part get no checkbox. */
  isSelectable?: (row: T) => boolean;
  /** Names the row for its checkbox, e.g. "Select message m-1". */
  label: (row: T) => string;
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
  /**
   * The list route (e.g. `/api/v1/messages`): adds "Export CSV", a download of every row matching the current
   * filters and sort (the server's `format=csv`), not only this page.
   */
  exportPath?: string;
  /** The query the list route is called with, when it is not the list state's own. */
  exportQuery?: Record<string, unknown>;
  selection?: Selection<T>;
}

/** Plain text longer than this is cut to one line in a cell; the full text is its tooltip. */
export const LONG_TEXT = 40;

/** The download address of a list as CSV: the list's filters and sort, every page. */
export function csvHref(path: string, query: Record<string, unknown> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (name === 'limit' || name === 'offset' || value === undefined || value === null || value === '') continue;
    if (typeof value === 'object') params.set(name, JSON.stringify(value));
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') params.set(name, String(value));
  }
  params.set('format', 'csv');
  return `${path}?${params.toString()}`;
}

/** A cell's content, and whether it is free text to cut to one line (its full text then is the tooltip). */
function cellOf<T>(column: Column<T>, row: T): { content: ReactNode; long: boolean; title: string | undefined } {
  const content = column.cell(row);
  const text = typeof content === 'string' ? content : undefined;
  const long = column.long === true || (text !== undefined && text.length > LONG_TEXT);
  const title = long ? (column.title?.(row) ?? text ?? undefined) : undefined;
  return { content, long, title: title ?? undefined };
}

/** A server-paged, server-sorted table: the page, total and order come from the API, never from the browser. */
export function DataTable<T>({ caption, columns, query, rowKey, list, empty, onSelect, selectedKey, exportPath, exportQuery, selection }: DataTableProps<T>) {
  const { t } = useTranslation('table');
  if (query.error) return <ProblemAlert error={query.error} />;
  if (query.isPending || !query.data) return <Loading what={t('loading', { what: caption })} />;
  const page = query.data;
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = page.offset + page.items.length;
  const selectable = selection ? page.items.filter((row) => selection.isSelectable?.(row) ?? true) : [];
  const allSelected = selection !== undefined && selectable.length > 0 && selectable.every((row) => selection.keys.has(rowKey(row)));
  const toggle = (keys: (string | number)[], on: boolean) => {
    if (!selection) return;
    const next = new Set(selection.keys);
    for (const key of keys) {
      if (on) next.add(key);
      else next.delete(key);
    }
    selection.onChange(next);
  };
  const table = (
    <>
      {/* Focusable so a keyboard user can scroll a table wider than the screen (axe: scrollable-region-focusable). */}
      <div className="qs-table-wrap" role="region" aria-label={caption} tabIndex={0}>
        <table className="qs-table" aria-busy={query.isFetching || undefined}>
          <caption className="qs-visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {selection && (
                <th scope="col" className="qs-select-cell">
                  <input
                    type="checkbox"
                    aria-label={t('selectPage')}
                    checked={allSelected}
                    disabled={selectable.length === 0}
                    onChange={(e) => toggle(selectable.map(rowKey), e.target.checked)}
                  />
                </th>
              )}
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
              const canSelect = selection && (selection.isSelectable?.(row) ?? true);
              return (
                <tr key={key} data-selected={selectedKey === key || selection?.keys.has(key) || undefined}>
                  {selection && (
                    <td className="qs-select-cell">
                      {canSelect && <input type="checkbox" aria-label={selection.label(row)} checked={selection.keys.has(key)} onChange={(e) => toggle([key], e.target.checked)} />}
                    </td>
                  )}
                  {columns.map((c, i) => {
                    const { content, long, title } = cellOf(c, row);
                    const shown = long ? (
                      <span className="qs-cell-long" title={title}>
                        {content}
                      </span>
                    ) : (
                      content
                    );
                    return (
                      <td key={c.header} data-numeric={c.numeric || undefined} data-long={long || undefined}>
                        {i === 0 && onSelect ? (
                          <Button variant="link" onClick={() => onSelect(row)}>
                            {shown}
                          </Button>
                        ) : (
                          shown
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        {page.items.length === 0 && <Empty>{empty ?? t('empty')}</Empty>}
        {list && (
          <div className="qs-pager">
            <span>{t('range', { from, to, total: page.total })}</span>
            <Button variant="secondary" disabled={page.offset === 0} onClick={() => list.setOffset(Math.max(0, page.offset - page.limit))}>
              {t('previous')}
            </Button>
            <Button variant="secondary" disabled={to >= page.total} onClick={() => list.setOffset(page.offset + page.limit)}>
              {t('next')}
            </Button>
          </div>
        )}
      </div>
    </>
  );
  if (!exportPath) return table;
  return (
    <div className="qs-stack-tight">
      <div className="qs-table-tools">
        <a className="qs-button" data-variant="secondary" href={csvHref(exportPath, exportQuery ?? list?.query)} download>
          {t('exportCsv')}
        </a>
        <span className="qs-muted">{t('exportHint')}</span>
      </div>
      {table}
    </div>
  );
}
