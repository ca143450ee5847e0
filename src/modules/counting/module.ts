import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { cycleRoutes } from './http/cycle-routes.js';
import { cycleSetupRoutes } from './http/cycle-setup-routes.js';
import { journalRoutes } from './http/journal-routes.js';
import { sourceSystemCountingRoutes } from './http/source-system-routes.js';
import { stockChangeRoutes } from './http/stock-change-routes.js';
import { countingProcesses } from './processes.js';

/** Counting's routes and its cycle counting processes. */
export function countingModule(ctx: AppContext): Module {
  return {
    name: 'counting',
    routes: (app) => {
      journalRoutes(app, ctx);
      sourceSystemCountingRoutes(app, ctx);
      stockChangeRoutes(app, ctx);
      cycleRoutes(app, ctx);
      cycleSetupRoutes(app, ctx);
    },
    processes: countingProcesses(ctx),
  };
}
