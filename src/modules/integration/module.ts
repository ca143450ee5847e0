import { productMessageRoutes } from './http/product-message-routes.js';
import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { processQueuedMessages } from './commands/process-messages.js';
import { bulkMessageRoutes } from './http/bulk-routes.js';
import { messageRoutes } from './http/message-routes.js';
import { monitoringRoutes } from './http/monitoring-routes.js';
import { integrationRetentionTasks } from './commands/retention.js';
import { integrationMetrics } from './metrics.js';

/** Message intake and monitoring routes, the message processor's poller, and message retention. */
export function integrationModule(ctx: AppContext): Module {
  integrationMetrics(ctx);
  return {
    name: 'integration',
    routes: (app) => {
      messageRoutes(app, ctx);
      productMessageRoutes(app, ctx);
      bulkMessageRoutes(app, ctx);
      monitoringRoutes(app, ctx);
    },
    retention: integrationRetentionTasks(ctx.config.retention),
    // Messages are processed as they arrive; the scheduled process per source system is the safety net.
    pollers: [{ name: 'message-processor', topic: 'messages', poll: () => processQueuedMessages(ctx, { maxMessages: 500 }) }],
  };
}
