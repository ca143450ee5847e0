import { useQuery } from '@tanstack/react-query';
import { changes } from './changes';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { fixedLocationKeys, workKeys } from './query-keys';
import type { ListQuery, RequestOf, ResponseOf } from './types';

export type FixedLocationRow = ResponseOf<'/api/v1/fixed-locations', 'get'>['items'][number];
type FixedLocationBody = RequestOf<'/api/v1/fixed-locations/{warehouseId}/{itemNumber}', 'put'>;
type RunBody = RequestOf<'/api/v1/replenishment/run', 'post'>;
export type RunOutcome = ResponseOf<'/api/v1/replenishment/run', 'post'>;

export function useFixedLocations(query: ListQuery) {
  return useQuery({ queryKey: fixedLocationKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/fixed-locations', { params: { query } })) });
}

export function useSaveFixedLocation(options?: MutationOptions<FixedLocationRow, { warehouseId: string; itemNumber: string } & FixedLocationBody>) {
  return useApiMutation(
    {
      mutationFn: ({ warehouseId, itemNumber, ...body }: { warehouseId: string; itemNumber: string } & FixedLocationBody) =>
        unwrap(api.PUT('/api/v1/fixed-locations/{warehouseId}/{itemNumber}', { params: { path: { warehouseId, itemNumber } }, body })),
      invalidates: [fixedLocationKeys.all],
    },
    options,
  );
}

/** Min/max replenishment now: new work, and the faces' incoming quantities change. */
export function useRunReplenishment(options?: MutationOptions<RunOutcome, RunBody>) {
  return useApiMutation(
    {
      mutationFn: (body: RunBody) => unwrap(api.POST('/api/v1/replenishment/run', { body })),
      invalidates: [fixedLocationKeys.all, workKeys.all, ...changes.workChanged],
    },
    options,
  );
}

/** A cluster picking trip as the handheld walks it (the steps go through the outbox, not a mutation). */
export type ClusterView = ResponseOf<'/api/v1/work-clusters/{clusterId}', 'get'>;

export function fetchCluster(clusterId: string): Promise<ClusterView> {
  return unwrap(api.GET('/api/v1/work-clusters/{clusterId}', { params: { path: { clusterId } } }));
}
