/** Which events a subscription receives. */
export interface SubscriptionFilter {
  eventTypes: readonly string[];
  /** null: an admin subscription, which sees every source system's events and warehouse-wide ones. */
  sourceSystemId: string | null;
}

export const ALL_EVENTS = '*';

export function subscriptionMatches(sub: SubscriptionFilter, event: { type: string; sourceSystemId: string | null }): boolean {
  const typeMatches = sub.eventTypes.includes(ALL_EVENTS) || sub.eventTypes.includes(event.type);
  const sourceMatches = sub.sourceSystemId === null || sub.sourceSystemId === event.sourceSystemId;
  return typeMatches && sourceMatches;
}
