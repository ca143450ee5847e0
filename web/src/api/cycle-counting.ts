import { useQuery, useQueryClient } from '@tanstack/react-query';
import { changes } from './changes';
import { api, unwrap } from './client';
import { invalidate, useApiMutation, type MutationOptions } from './mutation';
import { newOperationId } from './operations';
import { backgroundProcessKeys, cycleCountPlanKeys, cycleCountThresholdKeys, cycleCountWorkKeys } from './query-keys';
import type { ListQuery, RequestOf, ResponseOf } from './types';

export type CountWork = ResponseOf<'/api/v1/cycle-count-work/{workId}', 'get'>;
type CreatedWork = ResponseOf<'/api/v1/cycle-count-work', 'post'>;

export function useCycleCountWorkList(query: ListQuery, enabled = true) {
  return useQuery({ queryKey: cycleCountWorkKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/cycle-count-work', { params: { query } })), enabled });
}

export function fetchCycleCountWork(workId: string): Promise<CountWork> {
  return unwrap(api.GET('/api/v1/cycle-count-work/{workId}', { params: { path: { workId } } }));
}

export function useCycleCountWork(workId: string) {
  return useQuery({ queryKey: cycleCountWorkKeys.detail(workId), queryFn: () => fetchCycleCountWork(workId) });
}

type NewWork = RequestOf<'/api/v1/cycle-count-work', 'post'>;

export function useCreateCycleCountWork(options?: MutationOptions<CreatedWork, NewWork>) {
  return useApiMutation({ mutationFn: (body: NewWork) => unwrap(api.POST('/api/v1/cycle-count-work', { body })), invalidates: changes.countWorkCreated }, options);
}

export type ReviewDecision = 'Accept' | 'Reject' | 'Recount';

export function useReviewCycleCount(workId: string, options?: MutationOptions<ResponseOf<'/api/v1/cycle-count-work/{workId}/review', 'post'>, ReviewDecision>) {
  return useApiMutation(
    {
      mutationFn: (decision: ReviewDecision) => unwrap(api.POST('/api/v1/cycle-count-work/{workId}/review', { params: { path: { workId } }, body: { operationId: newOperationId(), decision } })),
      stores: () => cycleCountWorkKeys.detail(workId),
      invalidates: changes.counted,
    },
    options,
  );
}

/** For the handheld, whose counts go through the outbox: the work's detail is the answer, and what it counted is stale. */
export function useCycleCountChanged(): (work: CountWork) => void {
  const queryClient = useQueryClient();
  return (work) => {
    queryClient.setQueryData(cycleCountWorkKeys.detail(work.workId), work);
    void invalidate(queryClient, changes.counted, cycleCountWorkKeys.detail(work.workId));
  };
}

export function useCycleCountThresholds(query: ListQuery) {
  return useQuery({ queryKey: cycleCountThresholdKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/cycle-count-thresholds', { params: { query } })) });
}

type NewThreshold = RequestOf<'/api/v1/cycle-count-thresholds', 'post'>;

export function useCreateCycleCountThreshold(options?: MutationOptions<ResponseOf<'/api/v1/cycle-count-thresholds', 'post'>, NewThreshold>) {
  return useApiMutation(
    { mutationFn: (body: NewThreshold) => unwrap(api.POST('/api/v1/cycle-count-thresholds', { body })), invalidates: [cycleCountThresholdKeys.all, backgroundProcessKeys.all] },
    options,
  );
}

/** The warehouse's background check goes with its last threshold. */
export function useDeleteCycleCountThreshold(thresholdId: string, options?: MutationOptions<unknown>) {
  return useApiMutation(
    {
      mutationFn: (): Promise<unknown> => unwrap(api.DELETE('/api/v1/cycle-count-thresholds/{thresholdId}', { params: { path: { thresholdId } } })),
      invalidates: [cycleCountThresholdKeys.all, backgroundProcessKeys.all],
    },
    options,
  );
}

type Evaluation = RequestOf<'/api/v1/cycle-count-thresholds/evaluate', 'post'>;

export function useEvaluateThresholds(options?: MutationOptions<ResponseOf<'/api/v1/cycle-count-thresholds/evaluate', 'post'>, Evaluation>) {
  return useApiMutation({ mutationFn: (body: Evaluation) => unwrap(api.POST('/api/v1/cycle-count-thresholds/evaluate', { body })), invalidates: changes.countWorkCreated }, options);
}

export function useCycleCountPlans(query: ListQuery) {
  return useQuery({ queryKey: cycleCountPlanKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/cycle-count-plans', { params: { query } })) });
}

type NewPlan = RequestOf<'/api/v1/cycle-count-plans', 'post'>;

/** A plan runs as a background process of its own. */
export function useCreateCycleCountPlan(options?: MutationOptions<ResponseOf<'/api/v1/cycle-count-plans', 'post'>, NewPlan>) {
  return useApiMutation(
    { mutationFn: (body: NewPlan) => unwrap(api.POST('/api/v1/cycle-count-plans', { body })), invalidates: [cycleCountPlanKeys.all, backgroundProcessKeys.all] },
    options,
  );
}

export function useDeleteCycleCountPlan(planId: string, options?: MutationOptions<unknown>) {
  return useApiMutation(
    {
      mutationFn: (): Promise<unknown> => unwrap(api.DELETE('/api/v1/cycle-count-plans/{planId}', { params: { path: { planId } } })),
      invalidates: [cycleCountPlanKeys.all, backgroundProcessKeys.all],
    },
    options,
  );
}

export function useRunCycleCountPlan(options?: MutationOptions<ResponseOf<'/api/v1/cycle-count-plans/{planId}/run', 'post'>, string>) {
  return useApiMutation(
    { mutationFn: (planId: string) => unwrap(api.POST('/api/v1/cycle-count-plans/{planId}/run', { params: { path: { planId } } })), invalidates: [...changes.countWorkCreated, backgroundProcessKeys.all] },
    options,
  );
}
