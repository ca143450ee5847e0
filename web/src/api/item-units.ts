import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { itemKeys } from './query-keys';

/**
 * The inventory unit of each item, for rows that carry quantities without one (load lines, wave shortages,
 * journal and report lines): each item is read once and kept, as units rarely change.
 */
export function useInventoryUnits(itemNumbers: readonly string[]): (itemNumber: string) => string | undefined {
  const unique = [...new Set(itemNumbers)].sort();
  const items = useQueries({
    queries: unique.map((itemNumber) => ({
      queryKey: itemKeys.detail(itemNumber),
      staleTime: 10 * 60_000,
      retry: false,
      queryFn: () => unwrap(api.GET('/api/v1/items/{itemNumber}', { params: { path: { itemNumber } } })),
    })),
  });
  const units = new Map(items.flatMap((q) => (q.data ? [[q.data.itemNumber, q.data.inventoryUnit] as const] : [])));
  return (itemNumber) => units.get(itemNumber);
}
