import type { AppContext } from '../../platform/context.js';
import type { ProcessDefinition } from '../../platform/jobs/processes.js';
import { evaluateThresholds, runPlan } from './commands/cycle-work.js';
import { runCommand } from '../../platform/command.js';

/** One per cycle counting plan (scope key plan:<planId>), with the plan's interval. */
export const CYCLE_PLAN_PROCESS = { type: 'runCycleCountPlan', label: 'Run cycle counting plan', defaultIntervalSeconds: 86_400 };
/** One per warehouse with thresholds (scope key thresholds:<warehouseId>). */
export const THRESHOLD_PROCESS = { type: 'evaluateCycleCountThresholds', label: 'Create cycle count work by thresholds', defaultIntervalSeconds: 600 };

/** The cycle counting processes: they create count work by plan and by threshold. */
export function countingProcesses(ctx: AppContext): ProcessDefinition[] {
  return [
    {
      ...CYCLE_PLAN_PROCESS,
      run: async (process) => {
        const planId = process.scope_key.replace(/^plan:/, '');
        const created = await runCommand(ctx, ({ trx, now }) => runPlan(trx, now, 'cycle counting plan', planId));
        return created.length;
      },
    },
    {
      ...THRESHOLD_PROCESS,
      run: async (process) => {
        const warehouseId = process.scope_key.replace(/^thresholds:/, '');
        const created = await runCommand(ctx, ({ trx, now }) => evaluateThresholds(trx, now, 'cycle counting thresholds', warehouseId));
        return created.length;
      },
    },
  ];
}
