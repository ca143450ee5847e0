import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { warehouseKeys } from './query-keys';

/** Every warehouse: there are a few dozen at most, so one page is all. */
export function useWarehouses(staleTime = 10 * 60_000) {
  const query = { limit: 500 };
  return useQuery({ queryKey: warehouseKeys.list(query), staleTime, queryFn: () => unwrap(api.GET('/api/v1/warehouses', { params: { query } })) });
}

/** The warehouses as select options, for filters and forms. */
export function useWarehouseOptions(): { value: string; label: string }[] {
  const warehouses = useWarehouses();
  return (warehouses.data?.items ?? []).map((w) => ({ value: w.warehouseId, label: `${w.warehouseId} · ${w.name}` }));
}
