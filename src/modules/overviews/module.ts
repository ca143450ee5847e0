import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { countingOverviewRoutes } from './http/counting-overview.js';
import { inboundOverviewRoutes } from './http/inbound-overview.js';
import { integrationOverviewRoutes } from './http/integration-overview.js';
import { onHandOverviewRoutes } from './http/on-hand-overview.js';
import { outboundOverviewRoutes } from './http/outbound-overview.js';
import { reconciliationOverviewRoutes } from './http/reconciliation-overview.js';
import { setupOverviewRoutes } from './http/setup-overview.js';
import { usersOverviewRoutes } from './http/users-overview.js';

/**
 * The figures each desktop workspace opens on: counts of what waits and hourly charts of what was done,
 * grouped in SQL so that no screen pulls a whole table. Read-only; it reads the other modules' tables.
 */
export function overviewsModule(ctx: AppContext): Module {
  return {
    name: 'overviews',
    routes: (app) => {
      outboundOverviewRoutes(app, ctx);
      inboundOverviewRoutes(app, ctx);
      integrationOverviewRoutes(app, ctx);
      onHandOverviewRoutes(app, ctx);
      countingOverviewRoutes(app, ctx);
      reconciliationOverviewRoutes(app, ctx);
      setupOverviewRoutes(app, ctx);
      usersOverviewRoutes(app, ctx);
    },
  };
}
