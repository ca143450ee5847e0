import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { backgroundProcessKeys, waveTemplateKeys } from './query-keys';
import type { ListQuery, RequestOf, ResponseOf } from './types';

export type WaveTemplateBody = RequestOf<'/api/v1/wave-templates', 'post'>;

export function useWaveTemplateList(query: ListQuery) {
  return useQuery({ queryKey: waveTemplateKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/wave-templates', { params: { query } })) });
}

export function useCreateWaveTemplate(options?: MutationOptions<ResponseOf<'/api/v1/wave-templates', 'post'>, WaveTemplateBody>) {
  return useApiMutation(
    {
      mutationFn: (body: WaveTemplateBody) => unwrap(api.POST('/api/v1/wave-templates', { body })),
      invalidates: [waveTemplateKeys.all],
    },
    options,
  );
}

export type WaveTemplateChanges = RequestOf<'/api/v1/wave-templates/{waveTemplateId}', 'put'>;

export function useUpdateWaveTemplate(options?: MutationOptions<ResponseOf<'/api/v1/wave-templates/{waveTemplateId}', 'put'>, { waveTemplateId: string } & WaveTemplateChanges>) {
  return useApiMutation(
    {
      mutationFn: ({ waveTemplateId, ...body }: { waveTemplateId: string } & WaveTemplateChanges) =>
        unwrap(api.PUT('/api/v1/wave-templates/{waveTemplateId}', { params: { path: { waveTemplateId } }, body })),
      invalidates: [waveTemplateKeys.all],
    },
    options,
  );
}

export function useDeleteWaveTemplate(options?: MutationOptions<unknown, string>) {
  return useApiMutation(
    {
      mutationFn: (waveTemplateId: string) => unwrap(api.DELETE('/api/v1/wave-templates/{waveTemplateId}', { params: { path: { waveTemplateId } } })),
      invalidates: [waveTemplateKeys.all],
    },
    options,
  );
}

type Automation = ResponseOf<'/api/v1/warehouses/{warehouseId}/outbound-automation', 'put'>;
type AutomationBody = RequestOf<'/api/v1/warehouses/{warehouseId}/outbound-automation', 'put'>;

/** Schedules the warehouse's automatic release and shipping as background processes. */
export function useSaveOutboundAutomation(options?: MutationOptions<Automation, { warehouseId: string } & AutomationBody>) {
  return useApiMutation(
    {
      mutationFn: ({ warehouseId, ...body }: { warehouseId: string } & AutomationBody) =>
        unwrap(api.PUT('/api/v1/warehouses/{warehouseId}/outbound-automation', { params: { path: { warehouseId } }, body })),
      invalidates: [backgroundProcessKeys.all],
    },
    options,
  );
}
