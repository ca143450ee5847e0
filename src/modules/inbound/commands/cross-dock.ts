import type { Executor } from '../../../platform/db/database.js';
import type { Dimensions } from '../../inventory/index.js';

/** Stock just registered for an inbound line that names a cross-dock source id. */
export interface CrossDockSupply {
  sourceSystemId: string;
  crossDockSourceId: string;
  /** Where the stock is now (the receipt location, its license plate). */
  stock: Dimensions;
  /** Micro-units of the item's inventory unit. */
  qty: number;
}

/** The outbound order line that took received stock, and how much. */
export interface CrossDocked {
  orderNumber: string;
  sourceOrderNumber: string;
  lineNumber: number;
  qty: number;
}

/**
 * Offers received stock to outbound demand that waits for it (outbound wires this in main.ts): what it
 * takes is reserved for that order and goes to its outbound staging, so it gets no put-away work.
 */
export type CrossDockHandler = (trx: Executor, supply: CrossDockSupply) => Promise<CrossDocked | null>;

/** The cross-dock source id of an inbound order line (from its message's line). */
export function crossDockSourceOf(refs: Record<string, unknown>): string | null {
  const id = refs.crossDockSourceId;
  return typeof id === 'string' && id !== '' ? id : null;
}
