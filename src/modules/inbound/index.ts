import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { completeFullyRegisteredLoads } from './commands/receiving-completed.js';
import { RECEIVING_COMPLETED_PROCESS } from './db/loads.js';
import { loadRoutes } from './http/load-routes.js';
import { manualOrderRoutes } from './http/manual-order-routes.js';
import { inboundOrderRoutes } from './http/order-routes.js';
import { parameterRoutes } from './http/parameter-routes.js';
import { receiptRoutes } from './http/receipt-routes.js';
import { receivingRoutes } from './http/receiving-routes.js';

export { upsertInboundOrder, type InboundLineInput, type InboundOrderInput } from './commands/upsert-inbound-order.js';
export { synchronizeInboundLoads } from './commands/synchronize-loads.js';
export { postShipmentReceipts } from './commands/post-shipment-receipts.js';
export { completeFullyRegisteredLoads, completeReceiving } from './commands/receiving-completed.js';
export { registerItems, type RegistrationItem, type RegistrationResult } from './commands/register-receipts.js';
export { InboundErrors } from './errors.js';
export { openInboundOrders } from './db/open-orders.js';
export { shipmentReceiptRows, shipmentReceiptLineRows, shipmentReceiptDimensionRows } from './db/receipt-reads.js';

/**
 * Inbound: shipment orders, loads (planned, from ASNs, synchronized with messages, or created at
 * receiving), receipt registration with put-away work, receiving completed, and shipment receipts.
 */
export function inboundModule(ctx: AppContext): Module {
  return {
    name: 'inbound',
    routes: (app) => {
      inboundOrderRoutes(app, ctx);
      manualOrderRoutes(app, ctx);
      loadRoutes(app, ctx);
      receivingRoutes(app, ctx);
      receiptRoutes(app, ctx);
      parameterRoutes(app, ctx);
    },
    processes: [
      { ...RECEIVING_COMPLETED_PROCESS, run: () => completeFullyRegisteredLoads(ctx) },
    ],
  };
}
