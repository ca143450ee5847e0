import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
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
