import { useQuery } from '@tanstack/react-query';
import { changes } from './changes';
import { api, unwrap } from './client';
import { useApiMutation } from './mutation';
import { loadTemplateKeys, outboundLoadKeys } from './query-keys';
import type { RequestOf, ResponseOf } from './types';

export type LoadPlanning = ResponseOf<'/api/v1/load-planning', 'get'>;
export type PlannedLoad = LoadPlanning['loads'][number];
type TemplateBody = RequestOf<'/api/v1/load-templates/{templateId}', 'put'>;

/** The load planning workbench of a warehouse: its loads not shipped, with fill and capacity. */
export function useLoadPlanning(warehouseId: string) {
  return useQuery({
    queryKey: outboundLoadKeys.list({ planning: warehouseId }),
    queryFn: () => unwrap(api.GET('/api/v1/load-planning', { params: { query: { warehouseId } } })),
    enabled: warehouseId !== '',
  });
}

export function useLoadTemplates(warehouseId: string) {
  return useQuery({ queryKey: loadTemplateKeys.list({ warehouseId }), queryFn: () => unwrap(api.GET('/api/v1/load-templates', { params: { query: { warehouseId } } })), enabled: warehouseId !== '' });
}

export function useSaveLoadTemplate() {
  return useApiMutation({
    mutationFn: ({ templateId, ...body }: TemplateBody & { templateId: string }) => unwrap(api.PUT('/api/v1/load-templates/{templateId}', { params: { path: { templateId } }, body })),
    invalidates: [loadTemplateKeys.all, outboundLoadKeys.all],
  });
}

export function useSetLoadTemplate() {
  return useApiMutation({
    mutationFn: ({ loadId, loadTemplateId }: { loadId: string; loadTemplateId: string | null }) => unwrap(api.PUT('/api/v1/outbound-loads/{loadId}/load-template', { params: { path: { loadId } }, body: { loadTemplateId } })),
    invalidates: [outboundLoadKeys.all],
  });
}

export function useMoveShipment() {
  return useApiMutation({
    mutationFn: ({ shipmentId, targetLoadId }: { shipmentId: string; targetLoadId?: string }) =>
      unwrap(api.POST('/api/v1/outbound-shipments/{shipmentId}/move', { params: { path: { shipmentId } }, body: targetLoadId ? { targetLoadId } : {} })),
    invalidates: changes.orderReleased,
  });
}
