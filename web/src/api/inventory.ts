import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { consistencyCheckKeys, ledgerKeys, onHandKeys } from './query-keys';
import type { ListQuery } from './types';

export function useOnHand(query: ListQuery) {
  return useQuery({ queryKey: onHandKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/inventory/on-hand', { params: { query } })) });
}

export function useLedger(query: ListQuery) {
  return useQuery({ queryKey: ledgerKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/inventory/transactions', { params: { query } })) });
}

/** Recomputes every balance from the ledger; asked for on demand (it reads all stock), so a mutation. */
export function useConsistencyCheck() {
  return useMutation({ mutationFn: () => unwrap(api.GET('/api/v1/inventory/consistency')) });
}

/** The background ledger check's last result (it runs every 10 minutes by default). */
export function useLastConsistencyCheck() {
  const query = { limit: 1 };
  return useQuery({ queryKey: consistencyCheckKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/inventory/consistency/checks', { params: { query } })) });
}

/**
 * Everything on hand that a scanned code names, as a location, a license plate or an item (an item's bar
 * code too). Each balance carries its item's inventory unit.
 */
export async function stockFor(warehouseId: string, scanned: string) {
  const barcode = await unwrap(api.GET('/api/v1/items', { params: { query: { barcode: scanned, limit: 1 } } }));
  const itemNumber = barcode.items[0]?.itemNumber ?? scanned;
  const lookups = await Promise.all(
    (['locationId', 'licensePlateId', 'itemNumber'] as const).map(async (filter) => {
      const value = filter === 'itemNumber' ? itemNumber : scanned;
      const page = await unwrap(api.GET('/api/v1/inventory/on-hand', { params: { query: { warehouseId, [filter]: value, limit: 100 } } }));
      return { filter, value, rows: page.items.filter((r) => r.physicalQuantity !== 0), total: page.total };
    }),
  );
  const found = lookups.find((l) => l.rows.length > 0);
  return { found };
}

/** The stock a scan names, once something was scanned. */
export function useStockLookup(warehouseId: string, scanned: string | undefined) {
  return useQuery({ queryKey: onHandKeys.list({ warehouseId, scanned }), queryFn: () => stockFor(warehouseId, scanned ?? ''), enabled: scanned !== undefined });
}
