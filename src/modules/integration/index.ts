import type { AppContext } from '../../platform/context.js';
import type { ProcessDefinition } from '../../platform/jobs/processes.js';
import type { Module } from '../../platform/module.js';
import { processQueuedMessages } from './commands/process-messages.js';
import { messageRoutes } from './http/message-routes.js';
import { monitoringRoutes } from './http/monitoring-routes.js';
import { sourceSystemRoutes } from './http/source-system-routes.js';
import { SOURCE_SYSTEM_PROCESSES, type SourceSystemProcessType } from './process-catalog.js';
import { integrationRetentionTasks } from './commands/retention.js';
import { integrationMetrics } from './metrics.js';

export { createSourceSystem, updateSourceSystem } from './commands/save-source-system.js';
export { mapSourceSystemItems } from './commands/map-source-system-items.js';
export { receiveMessage, type MessageOrigin } from './commands/receive-message.js';
export { messageRows } from './db/message-reads.js';
export { findLatestVersion as latestMessageVersion, messageView, type MessageView } from './db/message-rows.js';
export type { MessageType, ProcessingStatus } from './domain/message-states.js';
export {
  InboundShipmentOrderMessage,
  OutboundShipmentOrderMessage,
  InboundLineMessage,
  OutboundLineMessage,
  type AnyOrderMessage,
} from './http/message-schemas.js';
export { processQueuedMessages } from './commands/process-messages.js';
export { findSourceSystem } from './db/source-system-rows.js';
export type { SourceSystem } from './domain/source-system-settings.js';
export { SOURCE_SYSTEM_PROCESSES, type SourceSystemProcessType } from './process-catalog.js';
export { IntegrationErrors } from './errors.js';

/**
 * Work that later modules own is plugged in here by process type; until a module registers its
 * work, the process runs and reports zero items (there is nothing of that kind to do yet).
 */
export type ProcessWork = (sourceSystemId: string) => Promise<number>;

export function integrationModule(ctx: AppContext, work: Partial<Record<SourceSystemProcessType, ProcessWork>> = {}): Module {
  const handlers: Record<SourceSystemProcessType, ProcessWork> = {
    processShipmentOrderMessages: (sourceSystemId) => processQueuedMessages(ctx, { sourceSystemId }),
    publishWarehouseInventoryUpdateLog: work.publishWarehouseInventoryUpdateLog ?? (() => Promise.resolve(0)),
    postShipmentReceipts: work.postShipmentReceipts ?? (() => Promise.resolve(0)),
    postShipmentPackingSlips: work.postShipmentPackingSlips ?? (() => Promise.resolve(0)),
  };
  const processes: ProcessDefinition[] = Object.entries(SOURCE_SYSTEM_PROCESSES).map(([type, def]) => ({
    type,
    label: def.label,
    defaultIntervalSeconds: def.defaultIntervalSeconds,
    run: (process) => handlers[type as SourceSystemProcessType](process.scope_key),
  }));
  integrationMetrics(ctx);
  return {
    name: 'integration',
    routes: (app) => {
      sourceSystemRoutes(app, ctx);
      messageRoutes(app, ctx);
      monitoringRoutes(app, ctx);
    },
    processes,
    retention: integrationRetentionTasks(ctx.config.retention),
    // Messages are processed as they arrive; the scheduled process per source system is the safety net.
    pollers: [{ name: 'message-processor', topic: 'messages', poll: () => processQueuedMessages(ctx, { maxMessages: 500 }) }],
  };
}
