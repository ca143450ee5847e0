import { useQuery, useQueryClient } from '@tanstack/react-query';
import { changes } from './changes';
import { api, unwrap } from './client';
import { invalidate, useApiMutation, type MutationOptions } from './mutation';
import { workKeys } from './query-keys';
import type { ListQuery, ResponseOf } from './types';

export type WorkView = ResponseOf<'/api/v1/work/{workId}', 'get'>;
export type WorkType = 'PutAway' | 'Pick' | 'Replenishment';

export function fetchWork(workId: string): Promise<WorkView> {
  return unwrap(api.GET('/api/v1/work/{workId}', { params: { path: { workId } } }));
}

/** Work the worker already has in process, oldest first. */
export async function myWork(workType: WorkType, warehouseId: string, username: string) {
  const page = await unwrap(api.GET('/api/v1/work', { params: { query: { workType, warehouseId, status: 'InProcess', assignedWorker: username, limit: 50 } } }));
  return page.items;
}

export async function openWork(workType: WorkType, warehouseId: string, limit = 50) {
  const page = await unwrap(api.GET('/api/v1/work', { params: { query: { workType, warehouseId, status: 'Open', limit } } }));
  return page.items;
}

export function useWorkList(query: ListQuery) {
  return useQuery({ queryKey: workKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/work', { params: { query } })) });
}

export function useWork(workId: string) {
  return useQuery({ queryKey: workKeys.detail(workId), queryFn: () => fetchWork(workId) });
}

/**
 * What each line of a piece of work is for (the order, its customer or vendor), as the read of one piece of
 * work tells it: kept apart from the work's detail, which the answers of take and confirm replace without it.
 */
export function useWorkLineContext(workId: string) {
  const query = useQuery({ queryKey: workKeys.detail(workId, { described: true }), queryFn: () => fetchWork(workId), staleTime: 5 * 60_000 });
  return (lineNumber: number) => query.data?.lines.find((l) => l.lineNumber === lineNumber)?.order ?? undefined;
}

/** A worker's queue on the handheld: their work in process, then the oldest open work of the type. */
export function useWorkQueue(workType: WorkType, warehouseId: string, username: string, limit: number, enabled: boolean) {
  return useQuery({
    queryKey: workKeys.list({ queue: workType, warehouseId, username, limit }),
    queryFn: async () => ({ mine: await myWork(workType, warehouseId, username), open: await openWork(workType, warehouseId, limit) }),
    enabled,
  });
}

export function useCancelWork(workId: string, options?: MutationOptions<WorkView, { reason?: string }>) {
  return useApiMutation(
    {
      mutationFn: (body: { reason?: string }) => unwrap(api.POST('/api/v1/work/{workId}/cancel', { params: { path: { workId } }, body })),
      stores: () => workKeys.detail(workId),
      invalidates: changes.workChanged,
    },
    options,
  );
}

/**
 * For the handheld, whose steps go through the outbox rather than a mutation: after the server answers a
 * take, confirm or short pick, the work's detail is the answer and every list and load it touches is stale.
 */
export function useWorkChanged(): (work?: WorkView) => void {
  const queryClient = useQueryClient();
  return (work) => {
    if (work) queryClient.setQueryData(workKeys.detail(work.workId), work);
    void invalidate(queryClient, changes.workChanged, work && workKeys.detail(work.workId));
  };
}
