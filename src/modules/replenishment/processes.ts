import type { AppContext } from '../../platform/context.js';
import type { ProcessDefinition } from '../../platform/jobs/processes.js';
import { runMinMax } from './commands/run-min-max.js';
import { runCommand } from '../../platform/command.js';

/** One per warehouse with fixed pick locations (scope key replenishment:<warehouseId>), created with its first fixed location. */
export const MIN_MAX_PROCESS = { type: 'minMaxReplenishment', label: 'Min/max replenishment', defaultIntervalSeconds: 600 };

export const minMaxScope = (warehouseId: string) => `replenishment:${warehouseId}`;

export function replenishmentProcesses(ctx: AppContext): ProcessDefinition[] {
  return [
    {
      ...MIN_MAX_PROCESS,
      run: async (process) => {
        const warehouseId = process.scope_key.replace(/^replenishment:/, '');
        const outcome = await runCommand(ctx, ({ trx }) => runMinMax(trx, ctx, warehouseId));
        return outcome.work.length;
      },
    },
  ];
}
