import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { apiKeyKeys, auditLogKeys } from './query-keys';
import type { RequestOf, ResponseOf } from './types';

type NewKey = RequestOf<'/api/v1/api-keys', 'post'>;

export function useApiKeys() {
  return useQuery({ queryKey: apiKeyKeys.list(), queryFn: () => unwrap(api.GET('/api/v1/api-keys')) });
}

/** The answer holds the key itself, shown once. */
export function useCreateApiKey(options?: MutationOptions<ResponseOf<'/api/v1/api-keys', 'post'>, NewKey>) {
  return useApiMutation({ mutationFn: (body: NewKey) => unwrap(api.POST('/api/v1/api-keys', { body })), invalidates: [apiKeyKeys.all, auditLogKeys.all] }, options);
}

export function useRevokeApiKey(options?: MutationOptions<unknown, number>) {
  return useApiMutation({ mutationFn: (id: number): Promise<unknown> => unwrap(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })), invalidates: [apiKeyKeys.all, auditLogKeys.all] }, options);
}
