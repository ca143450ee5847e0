import { useQuery } from '@tanstack/react-query';
import { changes } from './changes';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { outboundOrderKeys, outboundShipmentKeys } from './query-keys';
import type { ListQuery, RequestOf, ResponseOf } from './types';

export type ReleaseOptions = Omit<RequestOf<'/api/v1/outbound-shipment-orders/release', 'post'>, 'orderNumbers'>;

export function useOutboundOrderList(query: ListQuery) {
  return useQuery({ queryKey: outboundOrderKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/outbound-shipment-orders', { params: { query } })) });
}

export function useOutboundOrder(orderNumber: string) {
  return useQuery({
    queryKey: outboundOrderKeys.detail(orderNumber),
    queryFn: () => unwrap(api.GET('/api/v1/outbound-shipment-orders/{orderNumber}', { params: { path: { orderNumber } } })),
  });
}

/** The shipments the order's released lines went to (a handful per order, so one page). */
export function useOutboundShipmentsOfOrder(orderNumber: string) {
  const query = { orderNumber, limit: 100 };
  return useQuery({ queryKey: outboundShipmentKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/outbound-shipments', { params: { query } })) });
}

type BatchRelease = ResponseOf<'/api/v1/outbound-shipment-orders/release', 'post'>;

export function useReleaseOrders(options?: MutationOptions<BatchRelease, { orderNumbers: string[] } & ReleaseOptions>) {
  return useApiMutation(
    {
      mutationFn: (body: { orderNumbers: string[] } & ReleaseOptions) => unwrap(api.POST('/api/v1/outbound-shipment-orders/release', { body })),
      invalidates: changes.orderReleased,
    },
    options,
  );
}

type Release = ResponseOf<'/api/v1/outbound-shipment-orders/{orderNumber}/release', 'post'>;

export function useReleaseOrder(orderNumber: string, options?: MutationOptions<Release, ReleaseOptions>) {
  return useApiMutation(
    {
      mutationFn: (body: ReleaseOptions) => unwrap(api.POST('/api/v1/outbound-shipment-orders/{orderNumber}/release', { params: { path: { orderNumber } }, body })),
      invalidates: changes.orderReleased,
    },
    options,
  );
}

type Reservation = ResponseOf<'/api/v1/outbound-shipment-orders/{orderNumber}/reserve', 'post'>;

export function useReserveOrder(orderNumber: string, options?: MutationOptions<Reservation>) {
  return useApiMutation(
    {
      mutationFn: () => unwrap(api.POST('/api/v1/outbound-shipment-orders/{orderNumber}/reserve', { params: { path: { orderNumber } } })),
      invalidates: changes.orderReserved,
    },
    options,
  );
}

type OutboundRemainder = { orderLineNumber: number; remainingQuantity: number };

/** Delivery remainder of an outbound order line (warehouse manager); its reservation follows. */
export function useOutboundDeliveryRemainder(orderNumber: string) {
  return useApiMutation({
    mutationFn: ({ orderLineNumber, remainingQuantity }: OutboundRemainder) =>
      unwrap(api.POST('/api/v1/outbound-shipment-orders/{orderNumber}/lines/{orderLineNumber}/delivery-remainder', { params: { path: { orderNumber, orderLineNumber } }, body: { remainingQuantity } })),
    invalidates: changes.orderReserved,
  });
}
