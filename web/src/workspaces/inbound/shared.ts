import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useUser } from '../../auth/AuthProvider';
import type { Role } from '../../auth/session-store';

/** The warehouses as select options, for filters and forms. */
export function useWarehouseOptions(): { value: string; label: string }[] {
  const warehouses = useQuery({ queryKey: ['warehouses', 'options'], queryFn: () => unwrap(api.GET('/api/v1/warehouses', { params: { query: { limit: 500 } } })) });
  return (warehouses.data?.items ?? []).map((w) => ({ value: w.warehouseId, label: `${w.warehouseId} · ${w.name}` }));
}

/**
 * Whether the signed-in role may do something the server restricts, so the screen does not offer an
 * action that would only be refused (the server still decides; admin may do everything).
 */
export function useMay(...roles: Role[]): boolean {
  const user = useUser();
  return user.role === 'admin' || roles.includes(user.role);
}

export const RECEIVING_STATUSES = ['Open', 'PartiallyReceived', 'Received'] as const;
export const LOAD_STATUSES = ['Open', 'Shipped', 'InProcess', 'Received'] as const;
export const POSTING_STATUSES = ['ReadyForPosting', 'Posted', 'Canceled'] as const;

/**
 * The inventory unit of each item, for documents whose lines carry quantities without one (load
 * lines, wave shortages): each item is read once and kept, as units rarely change.
 */
export function useInventoryUnits(itemNumbers: readonly string[]): (itemNumber: string) => string | undefined {
  const unique = [...new Set(itemNumbers)];
  const items = useQueries({
    queries: unique.map((itemNumber) => ({
      queryKey: ['item', itemNumber],
      staleTime: 10 * 60_000,
      queryFn: () => unwrap(api.GET('/api/v1/items/{itemNumber}', { params: { path: { itemNumber } } })),
    })),
  });
  const units = new Map(items.flatMap((q) => (q.data ? [[q.data.itemNumber, q.data.inventoryUnit] as const] : [])));
  return (itemNumber) => units.get(itemNumber);
}
