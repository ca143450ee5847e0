import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { inventoryRoutes } from './http/inventory-routes.js';
import { consistencyRoutes } from './http/consistency-routes.js';
import { ledgerCheckProcess, ledgerCheckRetention } from './commands/ledger-check.js';
import { inventoryMetrics } from './metrics.js';
import type { ReservationHolder } from './db/reservation-holders.js';

/**
 * Inventory's routes, the continuous ledger check and the retention of its results. The holders are the
 * other modules' records of reserved stock, which the check adds up against the balances.
 */
export function inventoryModule(ctx: AppContext, options: { reservationHolders: readonly ReservationHolder[] }): Module {
  inventoryMetrics(ctx);
  return {
    name: 'inventory',
    routes: (app) => {
      inventoryRoutes(app, ctx);
      consistencyRoutes(app, ctx, options.reservationHolders);
    },
    processes: [ledgerCheckProcess(ctx, options.reservationHolders)],
    retention: [ledgerCheckRetention(ctx.config.retention)],
  };
}
