import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import type { HostResolver } from '../../platform/net/outbound-target.js';
import { printJobRetention } from './commands/print-job-retention.js';
import { printJobSender } from './commands/send-print-jobs.js';
import { containerRoutes } from './http/container-routes.js';
import { labelRoutes } from './http/label-routes.js';
import { licensePlateLabelRoutes } from './http/license-plate-label-routes.js';
import { packingSetupRoutes } from './http/setup-routes.js';

/** Packing's routes, the label print job sender and the retention of finished print jobs. */
export function packingModule(ctx: AppContext, options: { resolve?: HostResolver } = {}): Module {
  return {
    name: 'packing',
    routes: (app) => {
      packingSetupRoutes(app, ctx);
      containerRoutes(app, ctx);
      labelRoutes(app, ctx);
      licensePlateLabelRoutes(app, ctx);
    },
    pollers: [printJobSender(ctx, options.resolve)],
    retention: [printJobRetention(ctx.config.retention)],
  };
}
