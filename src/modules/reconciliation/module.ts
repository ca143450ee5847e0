import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { onHandReportProcess } from './commands/recurring-report.js';
import { driftRoutes } from './http/drift-routes.js';
import { reportRoutes } from './http/report-routes.js';
import { updateLogRoutes } from './http/update-log-routes.js';

/** Reconciliation's routes and the recurring on-hand report process. */
export function reconciliationModule(ctx: AppContext): Module {
  return {
    name: 'reconciliation',
    routes: (app) => {
      reportRoutes(app, ctx);
      updateLogRoutes(app, ctx);
      driftRoutes(app, ctx);
    },
    processes: [onHandReportProcess(ctx)],
  };
}
