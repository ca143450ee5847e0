import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { evaluateThresholds, runPlan } from './commands/cycle-work.js';
import { CYCLE_PLAN_PROCESS, cycleRoutes, THRESHOLD_PROCESS } from './http/cycle-routes.js';
import { cycleSetupRoutes } from './http/cycle-setup-routes.js';
import { journalRoutes } from './http/journal-routes.js';
import { sourceSystemCountingRoutes } from './http/source-system-routes.js';
import { stockChangeRoutes } from './http/stock-change-routes.js';

export { createJournal, type NewJournal } from './commands/create-journal.js';
export { registerCounts, type CountInput } from './commands/register-counts.js';
export { postJournal } from './commands/post-journal.js';
export { changeInventoryStatus } from './commands/change-inventory-status.js';
export { moveLicensePlate } from './commands/move-license-plate.js';
export { journalsExcludedFromUpdateLog, journalView } from './db/journal-rows.js';
export { sourceSystemScope, concernedSourceSystems, type SourceSystemScope } from './db/source-system-scope.js';
export { CYCLE_COUNT_JOURNAL_NAME } from './domain/counting.js';
export { countCycleWork, reviewCycleWork } from './commands/count-cycle-work.js';
export { createCycleWork, createManualWork, evaluateThresholds, runPlan } from './commands/cycle-work.js';
export { CountingErrors } from './errors.js';
export { countingJournalRows, countingJournalLineRows } from './db/journal-reads.js';

/**
 * Counting journals (on-hand adjustments an ERP applies as deltas), inventory status changes and
 * license plate moves, and cycle counting work.
 */
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
    processes: [
      {
        ...CYCLE_PLAN_PROCESS,
        run: async (process) => {
          const planId = process.scope_key.replace(/^plan:/, '');
          const created = await ctx.db.kysely.transaction().execute((trx) => runPlan(trx, ctx.clock.now(), 'cycle counting plan', planId));
          return created.length;
        },
      },
      {
        ...THRESHOLD_PROCESS,
        run: async (process) => {
          const warehouseId = process.scope_key.replace(/^thresholds:/, '');
          const created = await ctx.db.kysely.transaction().execute((trx) => evaluateThresholds(trx, ctx.clock.now(), 'cycle counting thresholds', warehouseId));
          return created.length;
        },
      },
    ],
  };
}
