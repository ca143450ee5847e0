import { useQuery } from '@tanstack/react-query';
import { changes } from './changes';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { outboundLoadKeys, packingSlipKeys } from './query-keys';
import type { ListQuery, ResponseOf } from './types';

export function useOutboundLoadList(query: ListQuery) {
  return useQuery({ queryKey: outboundLoadKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/outbound-loads', { params: { query } })) });
}

export function useOutboundLoad(loadId: string) {
  return useQuery({ queryKey: outboundLoadKeys.detail(loadId), queryFn: () => unwrap(api.GET('/api/v1/outbound-loads/{loadId}', { params: { path: { loadId } } })) });
}

type ShipConfirmed = ResponseOf<'/api/v1/outbound-loads/{loadId}/ship-confirm', 'post'>;

export function useShipConfirmLoad(loadId: string, options?: MutationOptions<ShipConfirmed>) {
  return useApiMutation(
    {
      mutationFn: () => unwrap(api.POST('/api/v1/outbound-loads/{loadId}/ship-confirm', { params: { path: { loadId } } })),
      invalidates: changes.loadShipped,
    },
    options,
  );
}

/** Every packing slip version of a load (a few per shipment). */
export function usePackingSlipsOfLoad(loadId: string) {
  const query = { loadId, limit: 1000 };
  return useQuery({ queryKey: packingSlipKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/shipment-packing-slips', { params: { query } })) });
}

export function usePackingSlip(versionNumber: string) {
  return useQuery({
    queryKey: packingSlipKeys.detail(versionNumber),
    queryFn: () => unwrap(api.GET('/api/v1/shipment-packing-slips/{versionNumber}', { params: { path: { versionNumber } } })),
  });
}

type Slip = ResponseOf<'/api/v1/shipment-packing-slips/{versionNumber}/reverse', 'post'>;

export function useReversePackingSlip(versionNumber: string, options?: MutationOptions<Slip>) {
  return useApiMutation(
    {
      mutationFn: () => unwrap(api.POST('/api/v1/shipment-packing-slips/{versionNumber}/reverse', { params: { path: { versionNumber } } })),
      stores: () => packingSlipKeys.detail(versionNumber),
      invalidates: changes.packingSlipReversed,
    },
    options,
  );
}
