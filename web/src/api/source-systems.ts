import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { itemMappingKeys, monitoringKeys, sourceSystemKeys } from './query-keys';
import type { ListQuery, RequestOf, ResponseOf } from './types';

export type SourceSystem = ResponseOf<'/api/v1/source-systems/{sourceSystemId}', 'get'>;

export function useSourceSystemList(query: ListQuery) {
  return useQuery({ queryKey: sourceSystemKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/source-systems', { params: { query } })), placeholderData: keepPreviousData });
}

/** Every registered source system (a handful per installation, so one page is all). */
export function useAllSourceSystems() {
  const query = { limit: 200 };
  return useQuery({ queryKey: sourceSystemKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/source-systems', { params: { query } })), staleTime: 60_000 });
}

/** The registered source systems as select options. */
export function useSourceSystemOptions(): { value: string; label: string }[] {
  const query = useAllSourceSystems();
  return (query.data?.items ?? []).map((s) => ({ value: s.sourceSystemId, label: `${s.name} (${s.sourceSystemId})` }));
}

type Patch = RequestOf<'/api/v1/source-systems/{sourceSystemId}', 'patch'>;
type Create = RequestOf<'/api/v1/source-systems', 'post'>;
export type SourceSystemSave = { sourceSystemId: string; patch: Patch } | { create: Create };

/** Registers a source system, or changes one (the patch carries the version it was read at). */
export function useSaveSourceSystem(options?: MutationOptions<SourceSystem, SourceSystemSave>) {
  return useApiMutation(
    {
      mutationFn: (save: SourceSystemSave) =>
        'create' in save
          ? unwrap(api.POST('/api/v1/source-systems', { body: save.create }))
          : unwrap(api.PATCH('/api/v1/source-systems/{sourceSystemId}', { params: { path: { sourceSystemId: save.sourceSystemId } }, body: save.patch })),
      invalidates: [sourceSystemKeys.all, monitoringKeys.all],
    },
    options,
  );
}

export function useItemMappings(sourceSystemId: string, query: ListQuery) {
  return useQuery({
    queryKey: itemMappingKeys.list({ sourceSystemId, ...query }),
    queryFn: () => unwrap(api.GET('/api/v1/source-systems/{sourceSystemId}/items', { params: { path: { sourceSystemId }, query } })),
    placeholderData: keepPreviousData,
  });
}

type Mapping = { externalItemNumber: string; itemNumber: string };

export function useMapItem(sourceSystemId: string, options?: MutationOptions<ResponseOf<'/api/v1/source-systems/{sourceSystemId}/items/{externalItemNumber}', 'put'>, Mapping>) {
  return useApiMutation(
    {
      mutationFn: ({ externalItemNumber, itemNumber }: Mapping) =>
        unwrap(api.PUT('/api/v1/source-systems/{sourceSystemId}/items/{externalItemNumber}', { params: { path: { sourceSystemId, externalItemNumber } }, body: { itemNumber } })),
      invalidates: [itemMappingKeys.all],
    },
    options,
  );
}

export function useUnmapItem(sourceSystemId: string, options?: MutationOptions<unknown, string>) {
  return useApiMutation(
    {
      mutationFn: (externalItemNumber: string): Promise<unknown> =>
        unwrap(api.DELETE('/api/v1/source-systems/{sourceSystemId}/items/{externalItemNumber}', { params: { path: { sourceSystemId, externalItemNumber } } })),
      invalidates: [itemMappingKeys.all],
    },
    options,
  );
}

export type InboundOrderPolicy = ResponseOf<'/api/v1/source-systems/{sourceSystemId}/inbound-order-policies', 'get'>['items'][number];

/** The source system's inbound order policies per order type and account. */
export function useInboundOrderPolicies(sourceSystemId: string) {
  return useQuery({
    queryKey: sourceSystemKeys.detail(sourceSystemId, { inboundOrderPolicies: true }),
    queryFn: () => unwrap(api.GET('/api/v1/source-systems/{sourceSystemId}/inbound-order-policies', { params: { path: { sourceSystemId } } })),
  });
}

export function useSaveInboundOrderPolicies(sourceSystemId: string) {
  return useApiMutation({
    mutationFn: (items: InboundOrderPolicy[]) => unwrap(api.PUT('/api/v1/source-systems/{sourceSystemId}/inbound-order-policies', { params: { path: { sourceSystemId } }, body: { items } })),
    invalidates: [sourceSystemKeys.all],
  });
}
