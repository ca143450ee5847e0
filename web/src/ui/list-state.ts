import { useSearchParams } from 'react-router';

export interface ListState {
  limit: number;
  offset: number;
  sort: string | undefined;
  order: 'asc' | 'desc' | undefined;
  filters: Record<string, string>;
  setFilter(name: string, value: string): void;
  setOffset(offset: number): void;
  toggleSort(field: string): void;
  /** The query parameters for the list route: paging, sort and the non-empty filters. */
  query: Record<string, string | number>;
}

/**
 * A table's paging, sort and filters, kept in the address bar (with a prefix per table) so a reload,
 * a shared link or the back button shows the same rows.
 */
export function useListState(prefix: string, filterNames: readonly string[], limit = 25): ListState {
  const [params, setParams] = useSearchParams();
  const get = (name: string) => params.get(`${prefix}.${name}`) ?? undefined;
  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(`${prefix}.${name}`);
          else next.set(`${prefix}.${name}`, value);
        }
        return next;
      },
      { replace: true },
    );
  const offset = Number(get('offset') ?? 0) || 0;
  const sort = get('sort');
  const orderParam = get('order');
  const order = orderParam === 'asc' || orderParam === 'desc' ? orderParam : undefined;
  const filters: Record<string, string> = {};
  for (const name of filterNames) {
    const value = get(name);
    if (value) filters[name] = value;
  }
  return {
    limit,
    offset,
    sort,
    order,
    filters,
    setFilter: (name, value) => update({ [name]: value, offset: undefined }),
    setOffset: (next) => update({ offset: next === 0 ? undefined : String(next) }),
    toggleSort: (field) => update({ sort: field, order: sort === field && order === 'asc' ? 'desc' : 'asc', offset: undefined }),
    query: { limit, offset, ...(sort ? { sort } : {}), ...(order ? { order } : {}), ...filters },
  };
}
