import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { outboundListRoutes } from './http/list-routes.js';
import { outboundOrderRoutes } from './http/order-routes.js';
import { reservationRoutes } from './http/reservation-routes.js';
import { releaseRoutes } from './http/release-routes.js';
import { shippingRoutes } from './http/shipping-routes.js';
import { shipLoadedLoads } from './commands/ship-confirm.js';
import { outboundProcesses } from './processes.js';
import { registerWorkHook } from '../work/index.js';
import { registerReservationHolder } from '../inventory/index.js';
import { outboundReservationHolder } from './db/reservation-holder.js';
import { outboundPickHook } from './commands/pick-hook.js';
import { OUTBOUND_WORK_REFERENCE } from './commands/waves.js';

export { upsertOutboundOrder, type OutboundLineInput, type OutboundOrderInput } from './commands/upsert-outbound-order.js';
export { importOutboundOrder } from './commands/import-outbound-order.js';
export { reserveOrder } from './commands/reserve-order.js';
export { postShipmentPackingSlips } from './commands/post-packing-slips.js';
export { OutboundErrors } from './errors.js';
export { openOutboundOrders } from './db/open-orders.js';
export { packingSlipRows, packingSlipLineRows, packingSlipDimensionRows } from './db/packing-slip-reads.js';
export { notificationRows, notificationLineRows } from './db/notification-reads.js';

/** Outbound shipment orders (and, with the outbound issue, release, waves, picking and shipping). */
export function outboundModule(ctx: AppContext): Module {
  registerWorkHook(OUTBOUND_WORK_REFERENCE, outboundPickHook);
  registerReservationHolder(outboundReservationHolder);
  return {
    name: 'outbound',
    processes: outboundProcesses(ctx, (warehouseId) => shipLoadedLoads(ctx, warehouseId)),
    routes: (app) => {
      outboundOrderRoutes(app, ctx);
      reservationRoutes(app, ctx);
      releaseRoutes(app, ctx);
      shippingRoutes(app, ctx);
      outboundListRoutes(app, ctx);
    },
  };
}
