/**
 * A delivery's life: pending -> in_flight -> delivered, or back to pending for a retry, or dead after
 * the last attempt. failed: its subscription was deactivated before it could be sent. Dead and failed
 * deliveries go back to pending only by a redrive.
 */
export const DELIVERY_STATUSES = ['pending', 'in_flight', 'delivered', 'failed', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const REDRIVABLE: readonly DeliveryStatus[] = ['dead', 'failed'];

export function isRedrivable(status: string): boolean {
  return (REDRIVABLE as readonly string[]).includes(status);
}
