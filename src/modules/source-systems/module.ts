import type { AppContext } from '../../platform/context.js';
import type { ProcessDefinition } from '../../platform/jobs/processes.js';
import type { Module } from '../../platform/module.js';
import { inboundOrderPolicyRoutes } from './http/inbound-order-policy-routes.js';
import { ownerExternalIdRoutes } from './http/owner-external-id-routes.js';
import { sourceSystemRoutes } from './http/source-system-routes.js';
import { SOURCE_SYSTEM_PROCESSES, type SourceSystemProcessType } from './process-catalog.js';

/**
 * The work of a source system's background processes, which other modules own (the message processor,
 * the update log, the receipts and packing slips): main.ts plugs it in by process type. A process
 * without work runs and reports zero items.
 */
export type ProcessWork = (sourceSystemId: string) => Promise<number>;

/** Source systems' routes, and the background processes every source system gets. */
export function sourceSystemsModule(ctx: AppContext, work: Partial<Record<SourceSystemProcessType, ProcessWork>> = {}): Module {
  const processes: ProcessDefinition[] = Object.entries(SOURCE_SYSTEM_PROCESSES).map(([type, def]) => ({
    type,
    label: def.label,
    defaultIntervalSeconds: def.defaultIntervalSeconds,
    run: (process) => (work[type as SourceSystemProcessType] ?? (() => Promise.resolve(0)))(process.scope_key),
  }));
  return {
    name: 'source-systems',
    routes: (app) => {
      ownerExternalIdRoutes(app, ctx);
      sourceSystemRoutes(app, ctx);
      inboundOrderPolicyRoutes(app, ctx);
    },
    processes,
  };
}
