/**
 * The background processes every source system gets when it is created, with the documented
 * default intervals (reference 3.1).
 */
export const SOURCE_SYSTEM_PROCESSES = {
  processShipmentOrderMessages: { label: 'Process shipment order messages', defaultIntervalSeconds: 60 },
  publishWarehouseInventoryUpdateLog: { label: 'Publish warehouse inventory update log updates', defaultIntervalSeconds: 600 },
  postShipmentReceipts: { label: 'Post shipment receipts', defaultIntervalSeconds: 600 },
  postShipmentPackingSlips: { label: 'Post shipment packing slips', defaultIntervalSeconds: 600 },
} as const;

export type SourceSystemProcessType = keyof typeof SOURCE_SYSTEM_PROCESSES;
