/**
 * Inbound: shipment orders, loads (planned, from ASNs, synchronized with messages, or created at
 * receiving), receipt registration with put-away work, receiving completed, and shipment receipts.
 * The wiring (routes, the receiving completed process) is in module.ts.
 *
 * Tables: inbound_orders, inbound_order_lines, inbound_parameters, inbound_loads, inbound_shipments,
 * inbound_load_lines, inbound_packing_structures, inbound_packing_lines, inbound_registrations,
 * shipment_receipts, shipment_receipt_lines, shipment_receipt_dimensions.
 * Events: shipmentReceipt.modified, shipmentReceipt.reversed, shipmentReceipt.failed.
 */
export { upsertInboundOrder, type InboundLineInput, type InboundOrderInput } from './commands/upsert-inbound-order.js';
export { synchronizeInboundLoads } from './commands/synchronize-loads.js';
export { postShipmentReceipts } from './commands/post-shipment-receipts.js';
export { completeFullyRegisteredLoads, completeReceiving } from './commands/receiving-completed.js';
export { registerItems, type RegistrationItem, type RegistrationResult } from './commands/register-receipts.js';
export type { CrossDockHandler, CrossDockSupply, CrossDocked } from './commands/cross-dock.js';
export { createReturnOrder, type ReturnOrderInput } from './commands/create-return-order.js';
export { completeReceivingIn } from './commands/receiving-completed.js';
export { InboundErrors } from './errors.js';
export { INBOUND_WORK_REFERENCE, inboundPutAwayHook } from './commands/put-away-hook.js';
export { openInboundOrders } from './db/open-orders.js';
export { shipmentReceiptRows, shipmentReceiptLineRows, shipmentReceiptDimensionRows } from './db/receipt-reads.js';
