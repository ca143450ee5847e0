export const BASE = '/workspaces/outbound';
export const RELEASE_STATUSES = ['Open', 'PartiallyReleased', 'Released'] as const;
export const SHIPMENT_STATUSES = ['Open', 'PartiallyShipped', 'Shipped'] as const;
export const WAVE_STATUSES = ['Open', 'Executed'] as const;
export const OUTBOUND_LOAD_STATUSES = ['Open', 'InProcess', 'Loaded', 'Shipped'] as const;
export const WORK_TYPES = ['Pick', 'PutAway', 'Count', 'Replenishment'] as const;
export const WORK_STATUSES = ['Open', 'InProcess', 'PendingReview', 'Closed', 'Canceled'] as const;

export const link = {
  order: (orderNumber: string) => `${BASE}/orders/${encodeURIComponent(orderNumber)}`,
  wave: (waveId: string) => `${BASE}/waves/${encodeURIComponent(waveId)}`,
  work: (workId: string) => `${BASE}/work/${encodeURIComponent(workId)}`,
  load: (loadId: string) => `${BASE}/loads/${encodeURIComponent(loadId)}`,
  packingSlip: (versionNumber: string) => `${BASE}/packing-slips/${encodeURIComponent(versionNumber)}`,
};
