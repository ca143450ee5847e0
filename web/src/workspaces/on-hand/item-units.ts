import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/**
 * The inventory unit of each item on a page. Stock lists carry item numbers only; units change rarely, so
 * each item is asked once and kept (the other stock screens use this too).
 */
export function useItemUnits(itemNumbers: readonly string[]): (itemNumber: string) => string | undefined {
  const unique = [...new Set(itemNumbers)].sort();
  const results = useQueries({
    queries: unique.map((itemNumber) => ({
      queryKey: ['item', itemNumber],
      queryFn: () => unwrap(api.GET('/api/v1/items/{itemNumber}', { params: { path: { itemNumber } } })),
      staleTime: 10 * 60_000,
      retry: false,
    })),
  });
  const units = new Map<string, string>();
  results.forEach((r, i) => {
    const item = unique[i];
    if (item && r.data) units.set(item, r.data.inventoryUnit);
  });
  return (itemNumber) => units.get(itemNumber);
}
