export const LOAD_STATUSES = ['Open', 'Shipped', 'InProcess', 'Received'] as const;
export type LoadStatus = (typeof LOAD_STATUSES)[number];

export const LOAD_ORIGINS = ['Manual', 'Asn', 'MessageSynchronization', 'Receiving'] as const;
export type LoadOrigin = (typeof LOAD_ORIGINS)[number];

/**
 * Created Open (or Shipped when the vendor confirmed dispatch); the first registration makes it In
 * process; receiving completed makes it Received; reversing receiving completed returns it to In process.
 */
export const LOAD_TRANSITIONS: Record<LoadStatus, readonly LoadStatus[]> = {
  Open: ['Shipped', 'InProcess', 'Received'],
  Shipped: ['InProcess', 'Received'],
  InProcess: ['Received'],
  Received: ['InProcess'],
};

/** Lines may be planned, moved or changed only before anything on the load was received-completed. */
export function isPlannable(status: string): boolean {
  return status === 'Open' || status === 'Shipped' || status === 'InProcess';
}

export function mayComplete(status: string): boolean {
  return LOAD_TRANSITIONS[status as LoadStatus]?.includes('Received') ?? false;
}
