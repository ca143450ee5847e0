import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { looseApi, type ApiPath, type LooseInit } from './loose-api';
import { useApiMutation, type MutationOptions } from './mutation';
import { inventoryOwnerKeys, inventoryStatusKeys, type QueryKeys } from './query-keys';
import type { ListQuery } from './types';

/** A page of a list route, as the configuration-driven screens read it. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/**
 * A list of a resource the screen knows only by configuration (master data, templates): the path is
 * plain text, checked against the schema where the configuration is written.
 */
export function useLooseList<T>(keys: QueryKeys, path: ApiPath, query: ListQuery, enabled = true) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: () => unwrap(looseApi.GET(path, { params: { query } })) as Promise<Page<T>>,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export interface LooseCall {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** The request, or how to make it (reading a file to import). */
  init?: LooseInit | (() => Promise<LooseInit>);
}

/** Create, change, delete or import records of such a resource; its lists and details are stale after. */
export function useLooseMutation<T = unknown>(keys: QueryKeys, options?: MutationOptions<T, LooseCall>) {
  return useApiMutation(
    {
      mutationFn: async ({ method, path, init }: LooseCall) => {
        const request = typeof init === 'function' ? await init() : init;
        return unwrap(looseApi[method](path, request)) as Promise<T>;
      },
      invalidates: [keys.all],
    },
    options,
  );
}

/** How each source system names an owner. */
export function useOwnerSourceSystemIds(ownerId: string) {
  return useQuery({
    queryKey: inventoryOwnerKeys.detail(ownerId, { sourceSystemIds: true }),
    queryFn: () => unwrap(api.GET('/api/v1/inventory-owners/{ownerId}/source-system-ids', { params: { path: { ownerId } } })),
  });
}

type OwnerId = { sourceSystemId: string; externalOwnerId: string };

export function useSetOwnerSourceSystemId(ownerId: string, options?: MutationOptions<unknown, OwnerId>) {
  return useApiMutation(
    {
      mutationFn: ({ sourceSystemId, externalOwnerId }: OwnerId): Promise<unknown> =>
        unwrap(api.PUT('/api/v1/inventory-owners/{ownerId}/source-system-ids/{sourceSystemId}', { params: { path: { ownerId, sourceSystemId } }, body: { externalOwnerId } })),
      invalidates: [inventoryOwnerKeys.detail(ownerId)],
    },
    options,
  );
}

export function useForgetOwnerSourceSystemId(ownerId: string, options?: MutationOptions<unknown, string>) {
  return useApiMutation(
    {
      mutationFn: (sourceSystemId: string): Promise<unknown> =>
        unwrap(api.DELETE('/api/v1/inventory-owners/{ownerId}/source-system-ids/{sourceSystemId}', { params: { path: { ownerId, sourceSystemId } } })),
      invalidates: [inventoryOwnerKeys.detail(ownerId)],
    },
    options,
  );
}

/** The inventory statuses for the handheld to choose from (a few dozen at most). */
export function useInventoryStatuses() {
  const query = { limit: 100 };
  return useQuery({ queryKey: inventoryStatusKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/inventory-statuses', { params: { query } })), staleTime: 60_000 });
}
