import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { internalOrderNumber, type SourceSystem } from '../../source-systems/index.js';

export type OrderDirectionName = 'inbound' | 'outbound';

/**
 * The internal number a new order of a source system's message gets, when it is known without drawing
 * from a sequence (the source system's own number, with its prefix and suffix).
 */
export function knownOrderNumber(direction: OrderDirectionName, system: SourceSystem, external: string): string | undefined {
  const inbound = direction === 'inbound';
  const policy = inbound ? system.inboundOrderNumberPolicy : system.outboundOrderNumberPolicy;
  if (policy === 'NumberSequence') return undefined;
  const prefix = inbound ? system.inboundOrderNumberPrefix : system.outboundOrderNumberPrefix;
  const suffix = inbound ? system.inboundOrderNumberSuffix : system.outboundOrderNumberSuffix;
  return internalOrderNumber(policy, prefix, suffix, external, () => '');
}

/**
 * The internal number for a message's order: known up front under the source system's own number, or
 * drawn from the sequence only when an order is actually created (an update draws nothing).
 */
export function messageOrderNumber(db: Executor, direction: OrderDirectionName, system: SourceSystem, external: string): string | (() => Promise<string>) {
  const known = knownOrderNumber(direction, system, external);
  if (known !== undefined) return known;
  const inbound = direction === 'inbound';
  const prefix = inbound ? system.inboundOrderNumberPrefix : system.outboundOrderNumberPrefix;
  const suffix = inbound ? system.inboundOrderNumberSuffix : system.outboundOrderNumberSuffix;
  return async () => {
    const sequenceValue = await nextNumber(db, `${direction}ShipmentOrder`, { prefix: inbound ? 'ISO-' : 'OSO-', width: 8 });
    return internalOrderNumber('NumberSequence', prefix, suffix, external, () => sequenceValue);
  };
}

/** A manual order's number, from its own sequence; it is also the order's source order number. */
export function manualOrderNumber(db: Executor, direction: OrderDirectionName): Promise<string> {
  return direction === 'inbound' ? nextNumber(db, 'manualInboundShipmentOrder', { prefix: 'MIO-', width: 8 }) : nextNumber(db, 'manualOutboundShipmentOrder', { prefix: 'MOO-', width: 8 });
}
