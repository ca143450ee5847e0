import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

/** The warehouses as select options, for filters and forms; there are a few dozen at most, so one page is all. */
export function useWarehouseOptions(): { value: string; label: string }[] {
  const warehouses = useQuery({
    queryKey: ['warehouses', 'options'],
    staleTime: 10 * 60_000,
    queryFn: () => unwrap(api.GET('/api/v1/warehouses', { params: { query: { limit: 500 } } })),
  });
  return (warehouses.data?.items ?? []).map((w) => ({ value: w.warehouseId, label: `${w.warehouseId} · ${w.name}` }));
}
