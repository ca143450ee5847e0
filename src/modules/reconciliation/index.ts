import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { publishUpdateLog } from './commands/publish-update-log.js';
import { onHandReportProcess } from './commands/recurring-report.js';
import { driftRoutes } from './http/drift-routes.js';
import { reportRoutes } from './http/report-routes.js';
import { updateLogRoutes } from './http/update-log-routes.js';

export { createOnHandReport, type OnHandReportRequest } from './commands/create-on-hand-report.js';
export { publishUpdateLog } from './commands/publish-update-log.js';
export { scheduleOnHandReport, ON_HAND_REPORT_PROCESS } from './commands/recurring-report.js';
export { explainDrift, type DriftLine, type DriftReason } from './db/drift.js';
export { ReconciliationErrors } from './errors.js';
export { updateLogRows } from './db/update-log-reads.js';
export { onHandReportRows, onHandReportLineRows } from './db/on-hand-report-reads.js';

/** The integration module's publish process, for main.ts to plug in. */
export function updateLogPublisher(ctx: AppContext): (sourceSystemId: string) => Promise<number> {
  return (sourceSystemId) => publishUpdateLog(ctx, sourceSystemId);
}

/**
 * Keeping the ERP's on-hand in step: source system on-hand reports (by hand and recurring), the
 * warehouse inventory update log, and the drift explanation.
 */
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
