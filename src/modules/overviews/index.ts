import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { outboundOverviewRoutes } from './http/outbound-overview.js';

/**
 * The figures each desktop workspace opens on: counts of what waits and hourly charts of what was done,
 * grouped in SQL so that no screen pulls a whole table. Read-only; it reads the other modules' tables.
 */
export function overviewsModule(ctx: AppContext): Module {
  return {
    name: 'overviews',
    routes: (app) => {
      outboundOverviewRoutes(app, ctx);
    },
  };
}
