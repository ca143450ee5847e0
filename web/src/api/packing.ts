import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { useApiMutation } from './mutation';
import { newOperationId } from './operations';
import { containerTypeKeys, labelPrinterKeys, labelPrintJobKeys, labelSettingsKeys, masterDataKeys, shippingContainerKeys } from './query-keys';
import type { QueryOf, RequestOf, ResponseOf } from './types';

export type ShippingContainer = ResponseOf<'/api/v1/shipping-containers/{containerId}', 'get'>;
export type ContainerType = ResponseOf<'/api/v1/container-types', 'get'>['items'][number];
export type LabelPrinter = ResponseOf<'/api/v1/label-printers', 'get'>['items'][number];
export type PrintJob = ResponseOf<'/api/v1/label-print-jobs', 'get'>['items'][number];
type ContainerQuery = QueryOf<'/api/v1/shipping-containers'>;
type PrintJobQuery = QueryOf<'/api/v1/label-print-jobs'>;

export function useShippingContainers(query: ContainerQuery, enabled = true) {
  return useQuery({ queryKey: shippingContainerKeys.list(query), enabled, queryFn: () => unwrap(api.GET('/api/v1/shipping-containers', { params: { query } })) });
}

export function useShippingContainer(containerId: string | undefined) {
  return useQuery({
    queryKey: shippingContainerKeys.detail(containerId ?? ''),
    enabled: !!containerId,
    queryFn: () => unwrap(api.GET('/api/v1/shipping-containers/{containerId}', { params: { path: { containerId: containerId ?? '' } } })),
  });
}

export function useContainerTypes() {
  return useQuery({ queryKey: containerTypeKeys.lists(), queryFn: () => unwrap(api.GET('/api/v1/container-types')) });
}

export function useLabelPrinters() {
  return useQuery({ queryKey: labelPrinterKeys.lists(), queryFn: () => unwrap(api.GET('/api/v1/label-printers')) });
}

/** The warehouse's SSCC numbers; a warehouse without them answers 409, shown as "not set". */
export function useLabelSettings(warehouseId: string) {
  return useQuery({
    queryKey: labelSettingsKeys.detail(warehouseId),
    enabled: warehouseId !== '',
    retry: false,
    queryFn: async () => {
      const res = await api.GET('/api/v1/warehouses/{warehouseId}/label-settings', { params: { path: { warehouseId } } });
      return res.data ?? null;
    },
  });
}

export function usePrintJobs(query: PrintJobQuery) {
  return useQuery({ queryKey: labelPrintJobKeys.list(query), refetchInterval: 10_000, queryFn: () => unwrap(api.GET('/api/v1/label-print-jobs', { params: { query } })) });
}

type OpenBody = Omit<RequestOf<'/api/v1/shipping-containers', 'post'>, 'operationId'>;
type PackBody = Omit<RequestOf<'/api/v1/shipping-containers/{containerId}/pack', 'post'>, 'operationId'>;
type CloseBody = Omit<RequestOf<'/api/v1/shipping-containers/{containerId}/close', 'post'>, 'operationId'>;

export function useOpenContainer() {
  return useApiMutation({
    mutationFn: (body: OpenBody) => unwrap(api.POST('/api/v1/shipping-containers', { body: { operationId: newOperationId(), ...body } })),
    invalidates: [shippingContainerKeys.lists()],
    stores: (c) => shippingContainerKeys.detail(c.containerId),
  });
}

export function usePackIntoContainer(containerId: string) {
  return useApiMutation({
    mutationFn: (body: PackBody) => unwrap(api.POST('/api/v1/shipping-containers/{containerId}/pack', { params: { path: { containerId } }, body: { operationId: newOperationId(), ...body } })),
    invalidates: [shippingContainerKeys.lists()],
    stores: (c) => shippingContainerKeys.detail(c.containerId),
  });
}

export function useCloseContainer(containerId: string) {
  return useApiMutation({
    mutationFn: (body: CloseBody) => unwrap(api.POST('/api/v1/shipping-containers/{containerId}/close', { params: { path: { containerId } }, body: { operationId: newOperationId(), ...body } })),
    invalidates: [shippingContainerKeys.lists(), labelPrintJobKeys.all],
    stores: (c) => shippingContainerKeys.detail(c.containerId),
  });
}

export function usePrintLabel() {
  return useApiMutation({
    mutationFn: ({ containerId, printerId }: { containerId: string; printerId: string }) =>
      unwrap(api.POST('/api/v1/shipping-containers/{containerId}/print', { params: { path: { containerId } }, body: { printerId } })),
    invalidates: [labelPrintJobKeys.all],
  });
}

/** A license plate's label at receiving, queued for a printer. */
export function usePrintLicensePlateLabel() {
  return useApiMutation({
    mutationFn: ({ licensePlateId, printerId }: { licensePlateId: string; printerId: string }) =>
      unwrap(api.POST('/api/v1/license-plates/{licensePlateId}/print', { params: { path: { licensePlateId } }, body: { printerId } })),
    invalidates: [labelPrintJobKeys.all],
  });
}

export function useReprintJob() {
  return useApiMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/v1/label-print-jobs/{id}/reprint', { params: { path: { id } }, body: {} })),
    invalidates: [labelPrintJobKeys.all],
  });
}

type ContainerTypeBody = RequestOf<'/api/v1/container-types/{containerTypeId}', 'put'>;
export function useSaveContainerType() {
  return useApiMutation({
    mutationFn: ({ containerTypeId, ...body }: ContainerTypeBody & { containerTypeId: string }) => unwrap(api.PUT('/api/v1/container-types/{containerTypeId}', { params: { path: { containerTypeId } }, body })),
    invalidates: [containerTypeKeys.all],
  });
}

type PrinterBody = RequestOf<'/api/v1/label-printers/{printerId}', 'put'>;
export function useSavePrinter() {
  return useApiMutation({
    mutationFn: ({ printerId, ...body }: PrinterBody & { printerId: string }) => unwrap(api.PUT('/api/v1/label-printers/{printerId}', { params: { path: { printerId } }, body })),
    invalidates: [labelPrinterKeys.all],
  });
}

type SettingsBody = RequestOf<'/api/v1/warehouses/{warehouseId}/label-settings', 'put'>;
export function useSaveLabelSettings() {
  return useApiMutation({
    mutationFn: ({ warehouseId, ...body }: SettingsBody & { warehouseId: string }) => unwrap(api.PUT('/api/v1/warehouses/{warehouseId}/label-settings', { params: { path: { warehouseId } }, body })),
    invalidates: [labelSettingsKeys.all],
  });
}

/** Fetches a closed container's label with the session and opens it in a new tab (downloads where tabs are blocked). */
export async function openLabelPdf(containerId: string): Promise<void> {
  const pdf = await unwrap(api.GET('/api/v1/shipping-containers/{containerId}/label.pdf', { params: { path: { containerId } }, parseAs: 'blob' }));
  const url = URL.createObjectURL(new Blob([pdf], { type: 'application/pdf' }));
  const tab = window.open(url, '_blank');
  if (!tab) {
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `label-${containerId}.pdf`;
    anchor.click();
  }
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads a closed container's ZPL label (for a printer connected to this computer). */
export async function downloadLabelZpl(containerId: string): Promise<void> {
  const zpl = await unwrap(api.GET('/api/v1/shipping-containers/{containerId}/label.zpl', { params: { path: { containerId } }, parseAs: 'text' }));
  const url = URL.createObjectURL(new Blob([zpl], { type: 'text/plain' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `label-${containerId}.zpl`;
  anchor.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The packing stations (locations of type packing) of a warehouse. */
export function usePackingStations(warehouseId: string) {
  const query = { warehouseId, locationType: 'packing' as const, limit: 200 };
  return useQuery({ queryKey: masterDataKeys('locations').list(query), enabled: warehouseId !== '', queryFn: () => unwrap(api.GET('/api/v1/locations', { params: { query } })) });
}

/** What a packer scanned: an item (by number or bar code) asks for a quantity; anything else is a license plate. */
export async function resolvePackScan(scanned: string): Promise<{ kind: 'item'; itemNumber: string } | { kind: 'licensePlate'; licensePlateId: string }> {
  const byBarcode = await unwrap(api.GET('/api/v1/items', { params: { query: { barcode: scanned, limit: 1 } } }));
  const barcodeItem = byBarcode.items[0];
  if (barcodeItem) return { kind: 'item', itemNumber: barcodeItem.itemNumber };
  const byNumber = await api.GET('/api/v1/items/{itemNumber}', { params: { path: { itemNumber: scanned } } });
  if (byNumber.data) return { kind: 'item', itemNumber: byNumber.data.itemNumber };
  return { kind: 'licensePlate', licensePlateId: scanned };
}
