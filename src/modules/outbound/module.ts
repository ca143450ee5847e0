import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { outboundDeliveryRemainderRoutes } from './http/delivery-remainder-routes.js';
import { outboundListRoutes } from './http/list-routes.js';
import { loadPlanningRoutes } from './http/load-planning-routes.js';
import { outboundOrderRoutes } from './http/order-routes.js';
import { reservationRoutes } from './http/reservation-routes.js';
import { releaseRoutes } from './http/release-routes.js';
import { shippingRoutes } from './http/shipping-routes.js';
import { shipLoadedLoads } from './commands/ship-confirm.js';
import { outboundProcesses } from './processes.js';

/** Outbound's routes and its warehouse-wide processes (automatic release, process outbound shipments). */
export function outboundModule(ctx: AppContext): Module {
  return {
    name: 'outbound',
    processes: outboundProcesses(ctx, (warehouseId) => shipLoadedLoads(ctx, warehouseId)),
    routes: (app) => {
      outboundOrderRoutes(app, ctx);
      outboundDeliveryRemainderRoutes(app, ctx);
      reservationRoutes(app, ctx);
      releaseRoutes(app, ctx);
      shippingRoutes(app, ctx);
      outboundListRoutes(app, ctx);
      loadPlanningRoutes(app, ctx);
    },
  };
}
