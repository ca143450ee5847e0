import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { inboundParameterKeys } from './query-keys';
import type { RequestOf, ResponseOf } from './types';

type Parameters = ResponseOf<'/api/v1/inbound-parameters/{warehouseId}', 'get'>;
type ParameterBody = RequestOf<'/api/v1/inbound-parameters/{warehouseId}', 'put'>;

export function useInboundParameters(warehouseId: string) {
  return useQuery({
    queryKey: inboundParameterKeys.detail(warehouseId),
    enabled: warehouseId !== '',
    queryFn: () => unwrap(api.GET('/api/v1/inbound-parameters/{warehouseId}', { params: { path: { warehouseId } } })),
  });
}

export function useSaveInboundParameters(warehouseId: string, options?: MutationOptions<Parameters, ParameterBody>) {
  return useApiMutation(
    {
      mutationFn: (body: ParameterBody) => unwrap(api.PUT('/api/v1/inbound-parameters/{warehouseId}', { params: { path: { warehouseId } }, body })),
      stores: () => inboundParameterKeys.detail(warehouseId),
      invalidates: [inboundParameterKeys.all],
    },
    options,
  );
}
