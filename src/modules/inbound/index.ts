import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { inboundOrderRoutes } from './http/order-routes.js';

export { upsertInboundOrder, type InboundLineInput, type InboundOrderInput } from './commands/upsert-inbound-order.js';
export { InboundErrors } from './errors.js';

/** Inbound shipment orders (and, with the inbound issue, loads, receiving and shipment receipts). */
export function inboundModule(ctx: AppContext): Module {
  return { name: 'inbound', routes: (app) => inboundOrderRoutes(app, ctx) };
}
