import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { changes } from './changes';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { messageKeys } from './query-keys';
import type { ListQuery, RequestOf, ResponseOf } from './types';

export type MessageDetails = ResponseOf<'/api/v1/messages/{id}', 'get'>;
export type MessageBody = RequestOf<'/api/v1/messages/{id}', 'put'>;

export function useMessageList(query: ListQuery) {
  return useQuery({ queryKey: messageKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/messages', { params: { query } })), placeholderData: keepPreviousData });
}

/** A message waiting for the worker changes on its own; it is looked at again until it settles. */
export function useMessage(id: number) {
  return useQuery({
    queryKey: messageKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/messages/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data?.processingStatus === 'Received' ? 1_000 : false),
  });
}

export type MessageAction = 'process' | 'cancel' | 'queue';
type Handled = ResponseOf<'/api/v1/messages/{id}/process', 'post'>;

export function useMessageAction(id: number, options?: MutationOptions<{ what: MessageAction; result: Handled }, MessageAction>) {
  return useApiMutation(
    {
      mutationFn: async (what: MessageAction) => {
        const path = { params: { path: { id } } };
        if (what === 'process') return { what, result: await unwrap(api.POST('/api/v1/messages/{id}/process', path)) };
        if (what === 'cancel') return { what, result: await unwrap(api.POST('/api/v1/messages/{id}/cancel', path)) };
        return { what, result: await unwrap(api.POST('/api/v1/messages/{id}/queue', path)) };
      },
      invalidates: changes.messageHandled,
    },
    options,
  );
}

/** A Failed message gets a new Draft version; a Draft is changed in place. */
export function useSaveMessage(id: number, options?: MutationOptions<ResponseOf<'/api/v1/messages/{id}', 'put'>, MessageBody>) {
  return useApiMutation(
    { mutationFn: (body: MessageBody) => unwrap(api.PUT('/api/v1/messages/{id}', { params: { path: { id } }, body })), invalidates: changes.messageHandled },
    options,
  );
}

export type BulkMessageAction = 'queue' | 'cancel';
export type BulkMessageRequest = RequestOf<'/api/v1/messages/bulk-actions', 'post'>;
export type BulkMessageAnswer = ResponseOf<'/api/v1/messages/bulk-actions', 'post'>;

/** Queue or cancel many messages at once; the operation id makes a retry after a lost answer apply once. */
export function useBulkMessageAction(options?: MutationOptions<BulkMessageAnswer, BulkMessageRequest>) {
  return useApiMutation(
    { mutationFn: (body: BulkMessageRequest) => unwrap(api.POST('/api/v1/messages/bulk-actions', { body })), invalidates: changes.messageHandled },
    options,
  );
}
