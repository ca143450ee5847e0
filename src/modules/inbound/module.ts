import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import type { CrossDockHandler } from './commands/cross-dock.js';
import { completeFullyRegisteredLoads } from './commands/receiving-completed.js';
import { RECEIVING_COMPLETED_PROCESS } from './db/loads.js';
import { inboundDeliveryRemainderRoutes } from './http/delivery-remainder-routes.js';
import { loadRoutes } from './http/load-routes.js';
import { manualOrderRoutes } from './http/manual-order-routes.js';
import { inboundOrderRoutes } from './http/order-routes.js';
import { parameterRoutes } from './http/parameter-routes.js';
import { receiptRoutes } from './http/receipt-routes.js';
import { receivingRoutes } from './http/receiving-routes.js';

/** Inbound's routes and its receiving completed process; `crossDock` offers received stock to waiting outbound orders. */
export function inboundModule(ctx: AppContext, options: { crossDock?: CrossDockHandler } = {}): Module {
  return {
    name: 'inbound',
    routes: (app) => {
      inboundOrderRoutes(app, ctx);
      manualOrderRoutes(app, ctx);
      inboundDeliveryRemainderRoutes(app, ctx);
      loadRoutes(app, ctx);
      receivingRoutes(app, ctx, options.crossDock);
      receiptRoutes(app, ctx);
      parameterRoutes(app, ctx);
    },
    processes: [
      { ...RECEIVING_COMPLETED_PROCESS, run: () => completeFullyRegisteredLoads(ctx) },
    ],
  };
}
