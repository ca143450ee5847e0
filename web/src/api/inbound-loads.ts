import { useQuery } from '@tanstack/react-query';
import { changes } from './changes';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { inboundLoadKeys, shipmentReceiptKeys } from './query-keys';
import type { ListQuery, RequestOf, ResponseOf } from './types';

/** Paged loads for the table, or the loads of a warehouse to choose from (a few hundred at most). */
export function useInboundLoadList(query: ListQuery) {
  return useQuery({ queryKey: inboundLoadKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/inbound-loads', { params: { query } })) });
}

export function useInboundLoad(loadId: string) {
  return useQuery({ queryKey: inboundLoadKeys.detail(loadId), queryFn: () => unwrap(api.GET('/api/v1/inbound-loads/{loadId}', { params: { path: { loadId } } })) });
}

type NewLoad = RequestOf<'/api/v1/inbound-loads', 'post'>;
type PlannedLines = RequestOf<'/api/v1/inbound-loads/{loadId}/lines', 'post'>;

export function useCreateInboundLoad(options?: MutationOptions<ResponseOf<'/api/v1/inbound-loads', 'post'>, NewLoad>) {
  return useApiMutation({ mutationFn: (body: NewLoad) => unwrap(api.POST('/api/v1/inbound-loads', { body })), invalidates: changes.loadPlanned }, options);
}

export function useAddLinesToInboundLoad(options?: MutationOptions<ResponseOf<'/api/v1/inbound-loads/{loadId}/lines', 'post'>, { loadId: string } & PlannedLines>) {
  return useApiMutation(
    {
      mutationFn: ({ loadId, ...body }: { loadId: string } & PlannedLines) => unwrap(api.POST('/api/v1/inbound-loads/{loadId}/lines', { params: { path: { loadId } }, body })),
      invalidates: changes.loadPlanned,
    },
    options,
  );
}

type LineMove = RequestOf<'/api/v1/inbound-loads/{loadId}/lines/move', 'post'>;

export function useMoveInboundLoadLine(loadId: string, options?: MutationOptions<ResponseOf<'/api/v1/inbound-loads/{loadId}/lines/move', 'post'>, LineMove>) {
  return useApiMutation(
    {
      mutationFn: (body: LineMove) => unwrap(api.POST('/api/v1/inbound-loads/{loadId}/lines/move', { params: { path: { loadId } }, body })),
      invalidates: changes.loadPlanned,
    },
    options,
  );
}

type Asn = RequestOf<'/api/v1/inbound-loads/asn', 'post'>;

export function useUploadAsn(options?: MutationOptions<ResponseOf<'/api/v1/inbound-loads/asn', 'post'>, Asn>) {
  return useApiMutation({ mutationFn: (asn: Asn) => unwrap(api.POST('/api/v1/inbound-loads/asn', { body: asn })), invalidates: changes.loadPlanned }, options);
}

type Completion = RequestOf<'/api/v1/inbound-loads/{loadId}/receiving-completed', 'post'>;

export function useReceivingCompleted(loadId: string, options?: MutationOptions<ResponseOf<'/api/v1/inbound-loads/{loadId}/receiving-completed', 'post'>, Completion>) {
  return useApiMutation(
    {
      mutationFn: (body: Completion) => unwrap(api.POST('/api/v1/inbound-loads/{loadId}/receiving-completed', { params: { path: { loadId } }, body })),
      invalidates: changes.receivingCompleted,
    },
    options,
  );
}

export function useReverseReceivingCompleted(loadId: string, options?: MutationOptions<ResponseOf<'/api/v1/inbound-loads/{loadId}/reverse-receiving-completed', 'post'>>) {
  return useApiMutation(
    {
      mutationFn: () => unwrap(api.POST('/api/v1/inbound-loads/{loadId}/reverse-receiving-completed', { params: { path: { loadId } }, body: {} })),
      invalidates: changes.receivingCompleted,
    },
    options,
  );
}

/** Deletes an ASN or planned load that nothing was received on (a wrong ASN is replaced by deleting it and sending the corrected one). */
export function useDeleteInboundLoad(loadId: string, options?: MutationOptions<unknown>) {
  return useApiMutation({ mutationFn: () => unwrap(api.DELETE('/api/v1/inbound-loads/{loadId}', { params: { path: { loadId } } })), invalidates: changes.loadPlanned }, options);
}

/** Receiving completed for every In process load whose lines are fully registered. */
export function useBatchReceivingCompleted(options?: MutationOptions<ResponseOf<'/api/v1/inbound-loads/receiving-completed-batch', 'post'>>) {
  return useApiMutation(
    { mutationFn: () => unwrap(api.POST('/api/v1/inbound-loads/receiving-completed-batch', { body: {} })), invalidates: changes.receivingCompleted },
    options,
  );
}

/** The receipt feed pages forward by cursor (oldest change first), not by offset. */
export function useShipmentReceiptList(query: ListQuery) {
  return useQuery({ queryKey: shipmentReceiptKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/shipment-receipts', { params: { query } })) });
}

export function useShipmentReceipt(versionNumber: string) {
  return useQuery({
    queryKey: shipmentReceiptKeys.detail(versionNumber),
    queryFn: () => unwrap(api.GET('/api/v1/shipment-receipts/{shipmentReceiptVersionNumber}', { params: { path: { shipmentReceiptVersionNumber: versionNumber } } })),
  });
}
