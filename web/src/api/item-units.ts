import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { itemKeys } from './query-keys';

const itemQuery = (itemNumber: string) => ({
  queryKey: itemKeys.detail(itemNumber),
  staleTime: 10 * 60_000,
  retry: false,
  queryFn: () => unwrap(api.GET('/api/v1/items/{itemNumber}', { params: { path: { itemNumber } } })),
});

function useItemDetails(itemNumbers: readonly string[]) {
  return useQueries({ queries: [...new Set(itemNumbers)].sort().map(itemQuery) });
}

/**
 * The inventory unit of each item, for rows that carry quantities without one (load lines, wave shortages,
 * journal and report lines): each item is read once and kept, as units rarely change.
 */
export function useInventoryUnits(itemNumbers: readonly string[]): (itemNumber: string) => string | undefined {
  const items = useItemDetails(itemNumbers);
  const units = new Map(items.flatMap((q) => (q.data ? [[q.data.itemNumber, q.data.inventoryUnit] as const] : [])));
  return (itemNumber) => units.get(itemNumber);
}

/** The name of each item, for a worker to read next to the item number; read once and kept like the units. */
export function useItemNames(itemNumbers: readonly string[]): (itemNumber: string) => string | undefined {
  const items = useItemDetails(itemNumbers);
  const names = new Map(items.flatMap((q) => (q.data ? [[q.data.itemNumber, q.data.name] as const] : [])));
  return (itemNumber) => names.get(itemNumber);
}

/** One item (name, unit, tracking), shared with the rows above through the item's key. */
export function useItem(itemNumber: string | null | undefined) {
  return useQuery({ ...itemQuery(itemNumber ?? ''), enabled: !!itemNumber });
}
