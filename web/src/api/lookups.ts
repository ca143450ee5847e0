import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from './client';
import { looseApi, type ApiPath } from './loose-api';
import { masterDataKeys, sourceSystemKeys, type QueryKeys } from './query-keys';

/** The records a form or filter refers to by id, chosen from a lookup instead of typed. */
export type LookupKind = 'item' | 'location' | 'warehouse' | 'owner' | 'sourceSystem';

interface LookupSource {
  path: ApiPath;
  keys: QueryKeys;
  /** The id the field takes. */
  value: string;
  /** What is shown next to it. */
  label: string;
}

const SOURCES: Record<LookupKind, LookupSource> = {
  item: { path: '/api/v1/items', keys: masterDataKeys('items'), value: 'itemNumber', label: 'name' },
  location: { path: '/api/v1/locations', keys: masterDataKeys('locations'), value: 'locationId', label: 'warehouseId' },
  warehouse: { path: '/api/v1/warehouses', keys: masterDataKeys('warehouses'), value: 'warehouseId', label: 'name' },
  owner: { path: '/api/v1/inventory-owners', keys: masterDataKeys('inventory-owners'), value: 'ownerId', label: 'name' },
  sourceSystem: { path: '/api/v1/source-systems', keys: sourceSystemKeys, value: 'sourceSystemId', label: 'name' },
};

export interface LookupOption {
  value: string;
  label: string;
}

/** How many choices a lookup shows while typing; typing more narrows them. */
export const LOOKUP_SIZE = 20;

/**
 * The choices for what has been typed so far: the list route's own search (`q`, id or name contains),
 * plus scoping filters (e.g. the warehouse of a location).
 */
export function useLookupOptions(kind: LookupKind, text: string, scope: Record<string, string> = {}, enabled = true) {
  const source = SOURCES[kind];
  const query: Record<string, string | number> = { limit: LOOKUP_SIZE, ...scope };
  const q = text.trim();
  if (q) query.q = q.slice(0, 100);
  return useQuery({
    queryKey: source.keys.list({ lookup: true, ...query }),
    queryFn: async (): Promise<LookupOption[]> => {
      const page = (await unwrap(looseApi.GET(source.path, { params: { query } }))) as { items: Record<string, unknown>[] };
      return page.items.map((row) => ({ value: String(row[source.value] as string), label: String((row[source.label] as string | null) ?? '') }));
    },
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    enabled,
  });
}
