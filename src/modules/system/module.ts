import type { AppContext } from '../../platform/context.js';
import type { ProcessRegistry } from '../../platform/jobs/processes.js';
import type { ProcessRunner } from '../../platform/jobs/process-runner.js';
import type { Module } from '../../platform/module.js';
import { healthRoutes } from './health-routes.js';
import { processRoutes } from './process-routes.js';
import { apiKeyRoutes } from './api-key-routes.js';

/** Health, API keys and background process administration: the technical kernel's HTTP face. */
export function systemModule(ctx: AppContext, deps: { processes: ProcessRegistry; processRunner: ProcessRunner }): Module {
  return {
    name: 'system',
    routes: (app) => {
      healthRoutes(app, ctx);
      processRoutes(app, ctx, deps);
      apiKeyRoutes(app, ctx);
    },
  };
}
