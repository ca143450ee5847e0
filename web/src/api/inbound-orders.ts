import { useQuery } from '@tanstack/react-query';
import { changes } from './changes';
import { api, unwrap } from './client';
import { useApiMutation } from './mutation';
import { inboundOrderKeys } from './query-keys';
import type { ListQuery } from './types';

export function useInboundOrderList(query: ListQuery) {
  return useQuery({ queryKey: inboundOrderKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/inbound-shipment-orders', { params: { query } })) });
}

export function useInboundOrder(orderNumber: string) {
  return useQuery({
    queryKey: inboundOrderKeys.detail(orderNumber),
    queryFn: () => unwrap(api.GET('/api/v1/inbound-shipment-orders/{orderNumber}', { params: { path: { orderNumber } } })),
  });
}

type InboundRemainder = { orderLineNumber: number; remainingQuantity: number };

/** Delivery remainder of an inbound order line (warehouse manager). */
export function useInboundDeliveryRemainder(orderNumber: string) {
  return useApiMutation({
    mutationFn: ({ orderLineNumber, remainingQuantity }: InboundRemainder) =>
      unwrap(api.POST('/api/v1/inbound-shipment-orders/{orderNumber}/lines/{orderLineNumber}/delivery-remainder', { params: { path: { orderNumber, orderLineNumber } }, body: { remainingQuantity } })),
    invalidates: changes.loadPlanned,
  });
}
