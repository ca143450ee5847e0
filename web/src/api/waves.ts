import { useQuery } from '@tanstack/react-query';
import { changes } from './changes';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { waveKeys } from './query-keys';
import type { ListQuery, ResponseOf } from './types';

type Wave = ResponseOf<'/api/v1/waves/{waveId}', 'get'>;

export function useWaveList(query: ListQuery) {
  return useQuery({ queryKey: waveKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/waves', { params: { query } })) });
}

export function useWave(waveId: string) {
  return useQuery({ queryKey: waveKeys.detail(waveId), queryFn: () => unwrap(api.GET('/api/v1/waves/{waveId}', { params: { path: { waveId } } })) });
}

export function useProcessWave(waveId: string, options?: MutationOptions<Wave>) {
  return useApiMutation(
    {
      mutationFn: () => unwrap(api.POST('/api/v1/waves/{waveId}/process', { params: { path: { waveId } } })),
      stores: () => waveKeys.detail(waveId),
      invalidates: changes.waveProcessed,
    },
    options,
  );
}
