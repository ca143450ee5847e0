import { useQuery } from '@tanstack/react-query';
import { changes } from './changes';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { backgroundProcessKeys } from './query-keys';
import type { ResponseOf } from './types';

export function useBackgroundProcesses() {
  return useQuery({ queryKey: backgroundProcessKeys.list(), queryFn: () => unwrap(api.GET('/api/v1/background-processes')) });
}

/** The latest runs of one process. */
export function useProcessRuns(id: number) {
  const query = { limit: 20 };
  return useQuery({
    queryKey: backgroundProcessKeys.detail(id, { runs: query }),
    queryFn: () => unwrap(api.GET('/api/v1/background-processes/{id}/runs', { params: { path: { id }, query } })),
  });
}

export function useRunProcess(id: number, options?: MutationOptions<ResponseOf<'/api/v1/background-processes/{id}/run', 'post'>>) {
  return useApiMutation({ mutationFn: () => unwrap(api.POST('/api/v1/background-processes/{id}/run', { params: { path: { id } } })), invalidates: changes.processChanged }, options);
}

type ProcessChange = { intervalSeconds?: number; enabled?: boolean };

export function useChangeProcess(id: number, options?: MutationOptions<ResponseOf<'/api/v1/background-processes/{id}', 'patch'>, ProcessChange>) {
  return useApiMutation(
    { mutationFn: (body: ProcessChange) => unwrap(api.PATCH('/api/v1/background-processes/{id}', { params: { path: { id } }, body })), invalidates: changes.processChanged },
    options,
  );
}
