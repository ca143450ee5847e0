import type { AppContext } from '../../platform/context.js';
import type { ProcessRegistry } from '../../platform/jobs/processes.js';
import type { ProcessRunner } from '../../platform/jobs/process-runner.js';
import type { Module } from '../../platform/module.js';
import { healthRoutes } from './http/health-routes.js';
import { processRoutes } from './http/process-routes.js';
import { apiKeyRoutes } from './http/api-key-routes.js';
import { metricsRoutes } from './http/metrics-routes.js';
import { auditLogRoutes } from './http/audit-log-routes.js';

/** Health, metrics, API keys, the audit log and background process administration: the technical kernel's HTTP face. */
export function systemModule(ctx: AppContext, deps: { processes: ProcessRegistry; processRunner: ProcessRunner }): Module {
  return {
    name: 'system',
    routes: (app) => {
      healthRoutes(app, ctx);
      processRoutes(app, ctx, deps);
      apiKeyRoutes(app, ctx);
      // With a metrics port of their own, the metrics are not on the API's port at all.
      if (ctx.config.metrics.port === undefined) metricsRoutes(app, ctx);
      auditLogRoutes(app, ctx);
    },
  };
}
