import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { inventoryRoutes } from './http/inventory-routes.js';
import { consistencyRoutes } from './http/consistency-routes.js';
import { ledgerCheckProcess, ledgerCheckRetention } from './commands/ledger-check.js';
import { inventoryMetrics } from './metrics.js';

/** Inventory's routes, the continuous ledger check and the retention of its results. */
export function inventoryModule(ctx: AppContext): Module {
  inventoryMetrics(ctx);
  return {
    name: 'inventory',
    routes: (app) => {
      inventoryRoutes(app, ctx);
      consistencyRoutes(app, ctx);
    },
    processes: [ledgerCheckProcess(ctx)],
    retention: [ledgerCheckRetention(ctx.config.retention)],
  };
}
