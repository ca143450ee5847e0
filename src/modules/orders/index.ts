/**
 * Orders: what inbound and outbound shipment orders have in common, written once. The upsert of an
 * order from a message or a person (matching by source order number, internal numbers, cancellation,
 * line matching, progress the floor made that a message may not take away, batched writes), the
 * resolution and validation of an order line, and the order-number policy. Each direction describes its
 * tables and columns (inbound and outbound own them); this module owns no table and raises no event.
 */
export { upsertOrder, type OrderDirection, type OrderWrite, type UpsertOutcome } from './commands/upsert-order.js';
export { writeWaitingOrders, type PlannedOrder, type WriteBatch } from './commands/batch-orders.js';
export { mappedItems, ownItems, resolveOrderLine, type ItemLookup, type LineFieldNames, type LineProblem, type OrderLineInput, type ResolvedOrderLine } from './commands/resolve-order-line.js';
export { knownOrderNumber, manualOrderNumber, messageOrderNumber, type OrderDirectionName } from './domain/order-numbers.js';
export { refuseInvalidManualOrder, resolveManualLines, type ManualOrderLine } from './commands/manual-order-lines.js';
export { quantitiesWithRemainder } from './domain/delivery-remainder.js';
