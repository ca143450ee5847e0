import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { changes } from './changes';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { webhookDeliveryKeys, webhookSubscriptionKeys } from './query-keys';
import type { RequestOf, ResponseOf } from './types';

type Subscription = ResponseOf<'/api/v1/webhook-subscriptions', 'get'>['items'][number];
type NewSubscription = RequestOf<'/api/v1/webhook-subscriptions', 'post'>;

export function useWebhookSubscriptions() {
  return useQuery({ queryKey: webhookSubscriptionKeys.list(), queryFn: () => unwrap(api.GET('/api/v1/webhook-subscriptions')) });
}

export function useCreateWebhookSubscription(options?: MutationOptions<ResponseOf<'/api/v1/webhook-subscriptions', 'post'>, NewSubscription>) {
  return useApiMutation({ mutationFn: (body: NewSubscription) => unwrap(api.POST('/api/v1/webhook-subscriptions', { body })), invalidates: [webhookSubscriptionKeys.all] }, options);
}

/** Pauses an active subscription, resumes a paused one. */
export function useToggleWebhookSubscription(options?: MutationOptions<ResponseOf<'/api/v1/webhook-subscriptions/{id}', 'patch'>, Subscription>) {
  return useApiMutation(
    {
      mutationFn: (s: Subscription) => unwrap(api.PATCH('/api/v1/webhook-subscriptions/{id}', { params: { path: { id: s.id } }, body: { active: !s.active } })),
      invalidates: [webhookSubscriptionKeys.all],
    },
    options,
  );
}

export function useRotateWebhookSecret(options?: MutationOptions<ResponseOf<'/api/v1/webhook-subscriptions/{id}/rotate-secret', 'post'>, number>) {
  return useApiMutation(
    { mutationFn: (id: number) => unwrap(api.POST('/api/v1/webhook-subscriptions/{id}/rotate-secret', { params: { path: { id } } })), invalidates: [webhookSubscriptionKeys.all] },
    options,
  );
}

type DeadLetterQuery = Record<string, string | number | undefined>;

/** Deliveries that ran out of attempts. */
export function useDeadLetters(query: DeadLetterQuery) {
  const dead = { ...query, status: 'dead' as const };
  return useQuery({
    queryKey: webhookDeliveryKeys.list(dead),
    queryFn: () => unwrap(api.GET('/api/v1/webhook-deliveries', { params: { query: dead } })),
    placeholderData: keepPreviousData,
  });
}

export function useRedriveDelivery(options?: MutationOptions<ResponseOf<'/api/v1/webhook-deliveries/{id}/redrive', 'post'>, number>) {
  return useApiMutation(
    { mutationFn: (id: number) => unwrap(api.POST('/api/v1/webhook-deliveries/{id}/redrive', { params: { path: { id } } })), invalidates: changes.deliveriesRedriven },
    options,
  );
}

/** Every dead delivery of one subscription at once. */
export function useRedriveDeadOfSubscription(options?: MutationOptions<ResponseOf<'/api/v1/webhook-subscriptions/{id}/redrive-dead', 'post'>, number>) {
  return useApiMutation(
    {
      mutationFn: (id: number) => unwrap(api.POST('/api/v1/webhook-subscriptions/{id}/redrive-dead', { params: { path: { id }, query: {} } })),
      invalidates: changes.deliveriesRedriven,
    },
    options,
  );
}
