/**
 * How a subscription's deliveries are shaped. Quayside: the envelope of docs/events.md. D365: Dynamics 365's
 * business event envelope (BusinessEventId, ControlNumber, EventTime...), for receivers written for D365's
 * warehouse management only mode; the events module signs and sends it as any delivery, the D365 module
 * (through the composition root) shapes it.
 */
export const PAYLOAD_FORMATS = ['Quayside', 'D365'] as const;
export type PayloadFormat = (typeof PAYLOAD_FORMATS)[number];

/** One business event as a formatter sees it. */
export interface WebhookEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  /** Epoch milliseconds. */
  occurredAt: number;
  sourceSystemId: string | null;
  subject: string;
  /** The event's position in the feed. */
  feedPosition: number | null;
  payload: Record<string, unknown>;
}

/** Builds a delivery's JSON body in a format other than Quayside's. */
export type PayloadFormatter = (event: WebhookEvent) => Promise<unknown>;
