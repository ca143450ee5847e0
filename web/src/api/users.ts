import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { auditLogKeys, userKeys } from './query-keys';
import type { QueryOf, RequestOf, ResponseOf } from './types';

type UserQuery = QueryOf<'/api/v1/users'>;
type NewUser = RequestOf<'/api/v1/users', 'post'>;
type Change = RequestOf<'/api/v1/users/{username}', 'patch'>;

export function useUserList(query: UserQuery) {
  return useQuery({ queryKey: userKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query } })), placeholderData: keepPreviousData });
}

export function useCreateUser(options?: MutationOptions<ResponseOf<'/api/v1/users', 'post'>, NewUser>) {
  return useApiMutation({ mutationFn: (body: NewUser) => unwrap(api.POST('/api/v1/users', { body })), invalidates: [userKeys.all, auditLogKeys.all] }, options);
}

/** A change of display name, role, password or the disabled flag; `what` says it back to the admin. */
export function useChangeUser(username: string, options?: MutationOptions<ResponseOf<'/api/v1/users/{username}', 'patch'>, { body: Change; what: string }>) {
  return useApiMutation(
    {
      mutationFn: ({ body }: { body: Change; what: string }) => unwrap(api.PATCH('/api/v1/users/{username}', { params: { path: { username } }, body })),
      invalidates: [userKeys.all, auditLogKeys.all],
    },
    options,
  );
}
