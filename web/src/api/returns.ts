import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { dispositionCodeKeys, returnKeys } from './query-keys';
import { useApiMutation, type MutationOptions } from './mutation';
import type { RequestOf, ResponseOf } from './types';

export type DispositionCode = ResponseOf<'/api/v1/return-disposition-codes', 'get'>['items'][number];
export type ReturnOrigin = ResponseOf<'/api/v1/returns/origin', 'get'>;
export type ReturnSummary = ResponseOf<'/api/v1/returns', 'get'>['items'][number];

/** Every source system's disposition codes: the handheld offers those of the return's source system. */
export function useDispositionCodes() {
  return useQuery({ queryKey: dispositionCodeKeys.lists(), queryFn: () => unwrap(api.GET('/api/v1/return-disposition-codes')) });
}

/** What a packing slip (or order) shipped and what is still returnable, by item. */
export function fetchReturnOrigin(scanned: string): Promise<ReturnOrigin> {
  return unwrap(api.GET('/api/v1/returns/origin', { params: { query: { packingSlipNumber: scanned } } })).catch(() =>
    unwrap(api.GET('/api/v1/returns/origin', { params: { query: { outboundOrderNumber: scanned } } })),
  );
}

export function useReturns() {
  return useQuery({ queryKey: returnKeys.lists(), queryFn: () => unwrap(api.GET('/api/v1/returns')) });
}

type DispositionBody = RequestOf<'/api/v1/source-systems/{sourceSystemId}/disposition-codes/{dispositionCode}', 'put'>;

export function useSaveDispositionCode(options?: MutationOptions<DispositionCode, DispositionBody & { sourceSystemId: string; dispositionCode: string }>) {
  return useApiMutation(
    {
      mutationFn: ({ sourceSystemId, dispositionCode, ...body }: DispositionBody & { sourceSystemId: string; dispositionCode: string }) =>
        unwrap(api.PUT('/api/v1/source-systems/{sourceSystemId}/disposition-codes/{dispositionCode}', { params: { path: { sourceSystemId, dispositionCode } }, body })),
      invalidates: [dispositionCodeKeys.all],
    },
    options,
  );
}

export function useRemoveDispositionCode(options?: MutationOptions<unknown, { sourceSystemId: string; dispositionCode: string }>) {
  return useApiMutation(
    {
      mutationFn: ({ sourceSystemId, dispositionCode }: { sourceSystemId: string; dispositionCode: string }) =>
        unwrap(api.DELETE('/api/v1/source-systems/{sourceSystemId}/disposition-codes/{dispositionCode}', { params: { path: { sourceSystemId, dispositionCode } } })),
      invalidates: [dispositionCodeKeys.all],
    },
    options,
  );
}
