import { hashKey, useMutation, useQueryClient, type QueryClient, type QueryKey, type UseMutationOptions } from '@tanstack/react-query';

/** What a screen may add to a mutation hook: its own reactions (reset a form, navigate), never the cache's. */
export type MutationOptions<TData, TVariables = void> = Omit<UseMutationOptions<TData, Error, TVariables>, 'mutationFn'>;

/**
 * Marks every cached query under the keys stale and fetches again the ones on screen; `except` is a
 * detail just replaced by the server's answer, which needs no second request.
 */
export async function invalidate(queryClient: QueryClient, keys: readonly QueryKey[], except?: QueryKey): Promise<void> {
  const skip = except === undefined ? undefined : hashKey(except);
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey, predicate: (query) => query.queryHash !== skip })));
}

export interface ApiMutation<TData, TVariables> {
  mutationFn: (variables: TVariables) => Promise<TData>;
  /** The keys the change makes stale: the resource's lists and details and the related resources. */
  invalidates: readonly QueryKey[];
  /** The detail the server's answer is (the changed record), stored at once. */
  stores?: (data: TData, variables: TVariables) => QueryKey;
}

/**
 * A mutation that owns its invalidations, as Medusa's admin hooks do. The screen's own onSuccess runs as
 * soon as the server answers; the mutation stays pending until the queries on screen are fresh again.
 */
export function useApiMutation<TData, TVariables = void>(spec: ApiMutation<TData, TVariables>, options?: MutationOptions<TData, TVariables>) {
  const queryClient = useQueryClient();
  return useMutation<TData, Error, TVariables>({
    ...options,
    mutationFn: spec.mutationFn,
    onSuccess: async (data, variables, onMutateResult, context) => {
      const stored = spec.stores?.(data, variables);
      if (stored) queryClient.setQueryData(stored, data);
      const fresh = invalidate(queryClient, spec.invalidates, stored);
      await options?.onSuccess?.(data, variables, onMutateResult, context);
      await fresh;
    },
  });
}
